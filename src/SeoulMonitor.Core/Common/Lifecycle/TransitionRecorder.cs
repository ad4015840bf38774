using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Diagnostics;

namespace SeoulMonitor.Core.Common.Lifecycle;

/// <summary>Writes the audit record, metric and log line of each transition, and counts refusals.</summary>
internal sealed class TransitionRecorder
{
    private readonly AuditTrail _audit;
    private readonly CoreMetrics _metrics;
    private readonly ILogger<TransitionRecorder> _logger;

    public TransitionRecorder(AuditTrail audit, CoreMetrics metrics, ILogger<TransitionRecorder> logger)
    {
        _audit = audit;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Records one transition of an existing record (inside the operation's transaction).</summary>
    public Task TransitionAsync<TState, TEvent>(
        Actor actor, string entity, Guid id, TEvent evt, TState from, TState to, string? reason, CancellationToken cancellationToken)
        where TState : struct, Enum
        where TEvent : struct, Enum =>
        WriteAsync(actor, entity, id, evt.ToString(), from.ToString(), to.ToString(), reason, cancellationToken);

    /// <summary>Records the creation of a record in its first state.</summary>
    public Task CreationAsync<TState>(Actor actor, string entity, Guid id, string evt, TState to, string? reason, CancellationToken cancellationToken)
        where TState : struct, Enum =>
        WriteAsync(actor, entity, id, evt, null, to.ToString(), reason, cancellationToken);

    /// <summary>Counts and logs a refusal; returns the result unchanged.</summary>
    public Result<T> Outcome<T>(Result<T> result)
    {
        if (!result.IsSuccess)
        {
            _metrics.Refusal(result.Error.Code);
            _logger.Refused(result.Error.Code);
        }

        return result;
    }

    private async Task WriteAsync(
        Actor actor, string entity, Guid id, string evt, string? from, string to, string? reason, CancellationToken cancellationToken)
    {
        var entityId = id.ToString("D");
        await _audit.RecordAsync(actor, entity, entityId, evt, from, to, reason, cancellationToken).ConfigureAwait(false);
        _metrics.Transition(entity, evt);
        _logger.Transitioned(entity, entityId, evt, from, to, actor.ToString());
    }
}
