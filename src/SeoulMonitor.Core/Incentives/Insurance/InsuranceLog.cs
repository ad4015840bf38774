using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>The log messages of injury insurance (EventIds 1500–1519).</summary>
internal static partial class InsuranceLog
{
    [LoggerMessage(1500, LogLevel.Information, "Task {TaskId}: coverage roster {RosterId} drawn up with {Members} monitor(s) ({Added} added, {Removed} removed) by {Actor}.")]
    public static partial void RosterDrawn(this ILogger logger, Guid taskId, Guid rosterId, int members, int added, int removed, string actor);

    [LoggerMessage(1501, LogLevel.Information, "Task {TaskId}: coverage roster exported for the insurer ({Rows} row(s)) by {Actor}.")]
    public static partial void RosterExported(this ILogger logger, Guid taskId, int rows, string actor);

    [LoggerMessage(1502, LogLevel.Information, "Insurance claim {ClaimId} filed on roster {RosterId} by {Actor}.")]
    public static partial void ClaimFiled(this ILogger logger, Guid claimId, Guid rosterId, string actor);
}
