namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The fixed limits of the gateway path.</summary>
public static class SmsGatewayLimits
{
    /// <summary>The longest LMS subject in characters (gateways commonly take 40).</summary>
    public const int MaxSubjectLength = 40;

    /// <summary>The largest delivery-report body in bytes.</summary>
    public const int MaxReportBytes = 16 * 1024;

    /// <summary>The longest gateway message id or carrier code taken from a report.</summary>
    public const int MaxIdLength = 128;

    /// <summary>The longest timestamp header (Unix seconds).</summary>
    public const int MaxTimestampLength = 12;
}
