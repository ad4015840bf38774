using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>Argument checks shared by both ledgers' SMS methods (programmer errors throw).</summary>
internal static class SmsLedgerArguments
{
    /// <summary>The longest gateway message id or carrier code stored.</summary>
    public const int MaxIdLength = Sms.Gateway.SmsGatewayLimits.MaxIdLength;

    public static void Record(SmsMessageRecord message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Id(message.MessageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Address);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(message.Sequence);
    }

    public static void Report(SmsCarrierReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Id(report.MessageId);
        if (report.Status == SmsCarrierStatus.Accepted || !Enum.IsDefined(report.Status))
        {
            throw new ArgumentOutOfRangeException(nameof(report), report.Status, "A report carries a final status.");
        }

        if (report.Code is { Length: > MaxIdLength })
        {
            throw new ArgumentOutOfRangeException(nameof(report), report.Code.Length, "The carrier code is too long.");
        }
    }

    private static void Id(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(messageId.Length, MaxIdLength);
    }
}
