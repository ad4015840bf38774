namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The body of a 2xx answer: the gateway's id of the message, quoted by its delivery reports.</summary>
/// <param name="MessageId">The gateway's message id.</param>
public sealed record SmsGatewayAccepted(string? MessageId);
