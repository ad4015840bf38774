namespace SeoulMonitor.Host.Diagnostics;

/// <summary>The SMS delivery-report webhook's log messages (EventIds 1120–1139).</summary>
internal static partial class HostLog
{
    [LoggerMessage(1120, LogLevel.Warning, "SMS delivery-report webhook call refused with {Status}: {Code}.")]
    public static partial void SmsWebhookRefused(this ILogger logger, int? status, string code);
}
