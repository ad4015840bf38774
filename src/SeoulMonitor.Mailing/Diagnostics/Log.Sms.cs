using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>SMS gateway and delivery-report log messages (EventIds 600–649). Numbers are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(600, LogLevel.Error, "The SMS gateway refused the API key (HTTP {Status}, {Code}); texts are deferred until it is fixed.")]
    public static partial void SmsGatewayUnauthorized(ILogger logger, int status, string code);

    [LoggerMessage(601, LogLevel.Warning, "Could not store {Count} SMS message id(s) (attempt {Attempt}); retrying.")]
    public static partial void SmsMessageIdsRetry(ILogger logger, int count, int attempt, Exception exception);

    [LoggerMessage(602, LogLevel.Error, "Gave up storing {Count} SMS message id(s); their delivery reports will be refused as unknown.")]
    public static partial void SmsMessageIdsDropped(ILogger logger, int count, Exception exception);

    [LoggerMessage(603, LogLevel.Warning, "SMS delivery report refused: {Code}.")]
    public static partial void SmsReportRefused(ILogger logger, string code);

    [LoggerMessage(604, LogLevel.Debug, "SMS delivery report for message {MessageId}: {Status} ({Application}).")]
    public static partial void SmsReportHandled(ILogger logger, string messageId, string status, string application);

    [LoggerMessage(605, LogLevel.Information, "Campaign {CampaignId} row {Sequence}: the number went on the SMS suppression list (carrier code {Code}).")]
    public static partial void SmsNumberSuppressed(ILogger logger, Guid campaignId, long sequence, string code);
}
