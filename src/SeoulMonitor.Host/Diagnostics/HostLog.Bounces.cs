namespace SeoulMonitor.Host.Diagnostics;

/// <summary>The bounce webhook's and the suppression mirror's log messages (EventIds 1140–1159).</summary>
internal static partial class HostLog
{
    [LoggerMessage(1140, LogLevel.Warning, "Bounce webhook call refused: {Code}.")]
    public static partial void BounceWebhookRefused(this ILogger logger, string code);

    [LoggerMessage(1141, LogLevel.Information, "Bounce webhook: report {ReportId} processed ({Kind}, new: {Recorded}, suppressed: {Suppressed}).")]
    public static partial void BounceWebhookProcessed(this ILogger logger, string reportId, string kind, bool recorded, bool suppressed);

    [LoggerMessage(1142, LogLevel.Information, "Bounce suppression of campaign {CampaignId} row {Sequence} mirrored into the suppression list ({Reason}).")]
    public static partial void BounceSuppressionMirrored(this ILogger logger, Guid campaignId, long sequence, string reason);

    [LoggerMessage(1143, LogLevel.Warning, "Bounce suppression of campaign {CampaignId} row {Sequence} was refused by the suppression list: {Code}.")]
    public static partial void BounceSuppressionMirrorRefused(this ILogger logger, Guid campaignId, long sequence, string code);
}
