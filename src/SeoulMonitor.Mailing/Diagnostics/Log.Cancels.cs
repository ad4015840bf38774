using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>Cancels across nodes: rows finished by the cancelling node, by the workers and by the sweep (EventIds 580–599).</summary>
internal static partial class Log
{
    [LoggerMessage(580, LogLevel.Information,
        "Cancelled campaign {CampaignId}: {Finished} row(s) marked cancelled; {Left} row(s) in flight on other nodes are left to their owners or to the sweep.")]
    public static partial void CancelRowsFinished(this ILogger logger, Guid campaignId, long finished, long left);

    [LoggerMessage(581, LogLevel.Information, "Sweep of cancelled campaigns ({Owner}): {Finished} row(s) whose lease had expired marked cancelled.")]
    public static partial void CancelledRowsSwept(this ILogger logger, string owner, long finished);

    [LoggerMessage(582, LogLevel.Warning, "The sweep of cancelled campaigns failed; it is tried again in {Interval}.")]
    public static partial void CancelledSweepFailed(this ILogger logger, Exception exception, TimeSpan interval);
}
