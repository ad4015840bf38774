using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitors;

/// <summary>What the monitor services share around a unit of work: storage races as typed refusals, and refusal telemetry.</summary>
internal static class StoreGuard
{
    /// <summary>Maps the provider's answers to concurrent writers onto typed refusals.</summary>
    public static async Task<Result<T>> RunAsync<T>(Func<Task<Result<T>>> work, string entity, DomainError uniqueViolation)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MonitorErrors.ConcurrentUpdate(entity);
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            return uniqueViolation;
        }
    }

    /// <summary>Counts and logs a refusal; returns it as the operation's result.</summary>
    public static Result<T> Refuse<T>(CoreMetrics metrics, ILogger logger, string entity, string operation, DomainError error)
    {
        metrics.Refusal(error.Code);
        logger.Refused(entity, operation, error.Code);
        return error;
    }
}
