namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The result of applying a delivery report.</summary>
/// <param name="Application">What happened.</param>
/// <param name="Message">The text's record after the report (null for an unknown message id).</param>
public sealed record SmsReportResult(SmsReportApplication Application, SmsMessageStatus? Message);
