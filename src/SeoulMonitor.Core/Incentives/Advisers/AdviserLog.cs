using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>The log messages of advisers and consultations (EventIds 1420–1439).</summary>
internal static partial class AdviserLog
{
    [LoggerMessage(1420, LogLevel.Information, "Adviser {AdviserId} {Event} by {Actor}.")]
    public static partial void AdviserChanged(this ILogger logger, Guid adviserId, string @event, string actor);

    [LoggerMessage(1421, LogLevel.Information, "{Count} adviser record(s) read by {Actor}.")]
    public static partial void AdvisersRead(this ILogger logger, int count, string actor);

    [LoggerMessage(1422, LogLevel.Warning, "Consultation unit of work hit a transient storage conflict (attempt {Attempt}); running it again.")]
    public static partial void ConsultationTransientConflict(this ILogger logger, int attempt, Exception exception);

    [LoggerMessage(1423, LogLevel.Information, "Consultation {ConsultationId} planned by {Actor}: {Allowance} won committed on line {LineId}.")]
    public static partial void ConsultationPlanned(this ILogger logger, Guid consultationId, string actor, long allowance, Guid lineId);
}
