using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>The delivery ledger's log messages (EventIds 100–199).</summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Information, "Delivery ledger ready ({Provider}, schema version {Version}).")]
    public static partial void LedgerInitialized(this ILogger logger, string provider, int version);

    [LoggerMessage(101, LogLevel.Information, "Campaign {CampaignId} created in the ledger ({Name}).")]
    public static partial void LedgerCampaignCreated(this ILogger logger, Guid campaignId, string name);

    [LoggerMessage(102, LogLevel.Information, "Campaign {CampaignId} moved from {Expected} to {Target}.")]
    public static partial void LedgerCampaignTransitioned(this ILogger logger, Guid campaignId, string expected, string target);

    [LoggerMessage(103, LogLevel.Debug, "Campaign {CampaignId} was not {Expected}; not moved to {Target}.")]
    public static partial void LedgerCampaignTransitionSkipped(this ILogger logger, Guid campaignId, string expected, string target);

    [LoggerMessage(104, LogLevel.Debug, "Campaign {CampaignId}: {Added} of {Offered} recipient(s) added to the snapshot.")]
    public static partial void LedgerRecipientsAdded(this ILogger logger, Guid campaignId, int added, int offered);

    [LoggerMessage(105, LogLevel.Debug, "Campaign {CampaignId}: {Count} row(s) claimed by {Owner}.")]
    public static partial void LedgerClaimed(this ILogger logger, Guid campaignId, int count, string owner);

    [LoggerMessage(106, LogLevel.Debug, "{Applied} of {Offered} outcome(s) written (the rest were already final).")]
    public static partial void LedgerOutcomesWritten(this ILogger logger, int applied, int offered);

    [LoggerMessage(107, LogLevel.Information, "Campaign {CampaignId}: {Count} remaining row(s) marked {State} ({Reason}).")]
    public static partial void LedgerRemainingFinished(this ILogger logger, Guid campaignId, long count, string state, string reason);
}
