using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>Signing-key rotation log messages (EventIds 750–779): what a previous key or secret still verified.</summary>
internal static partial class Log
{
    [LoggerMessage(750, LogLevel.Information, "An SMS delivery report was verified with previous webhook secret {Index}: the gateway still signs with it; remove it from PreviousWebhookSecrets once it has switched.")]
    public static partial void SmsWebhookPreviousSecret(ILogger logger, int index);
}
