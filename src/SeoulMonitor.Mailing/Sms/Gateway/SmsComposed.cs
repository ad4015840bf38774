namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>One recipient's gateway request and the measure of its text.</summary>
internal sealed record SmsComposed(SmsGatewayRequest Request, SmsMeasure Measure);
