namespace SeoulMonitor.Host.Diagnostics;

/// <summary>Signing-key rotation log messages of the host (EventIds 1200–1229).</summary>
internal static partial class HostLog
{
    [LoggerMessage(1200, LogLevel.Information, "A bounce webhook call was verified with previous signing key {Index}: the sender still signs with it; remove it from BounceWebhook:PreviousSigningKeys once it has switched.")]
    public static partial void BounceWebhookPreviousKey(this ILogger logger, int index);
}
