using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>Bounce processing's log messages (EventIds 650–699). Addresses are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(650, LogLevel.Information,
        "Bounce {ReportId} for campaign {CampaignId} row {Sequence}: {Kind} {Status} (new: {Recorded}, suppressed: {Suppressed}, soft streak: {Streak}).")]
    public static partial void BounceProcessed(
        this ILogger logger, string reportId, Guid campaignId, long sequence, string kind, string status, bool recorded, bool suppressed, int streak);

    [LoggerMessage(651, LogLevel.Warning, "A bounce message was refused: {Code}.")]
    public static partial void BounceRefused(this ILogger logger, string code);

    [LoggerMessage(652, LogLevel.Debug, "Report {ReportId} for campaign {CampaignId} row {Sequence} is not a bounce (action {Action}); nothing recorded.")]
    public static partial void BounceNotABounce(this ILogger logger, string reportId, Guid campaignId, long sequence, string action);

    [LoggerMessage(660, LogLevel.Information, "Bounce mailbox {Folder}: {Processed} processed, {Rejected} rejected, {Left} left for the next poll.")]
    public static partial void BouncePollCompleted(this ILogger logger, string folder, int processed, int rejected, int left);

    [LoggerMessage(661, LogLevel.Warning, "Polling the bounce mailbox failed; trying again in {Interval}.")]
    public static partial void BouncePollFailed(this ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(662, LogLevel.Information, "Bounce mailbox polling is off (Mailing:Bounces:Imap:Host is not set).")]
    public static partial void BouncePollingOff(this ILogger logger);

    [LoggerMessage(663, LogLevel.Warning, "Bounce message UID {Uid} could not be processed and stays in the folder: {Reason}.")]
    public static partial void BounceMessageKept(this ILogger logger, Exception exception, uint uid, string reason);
}
