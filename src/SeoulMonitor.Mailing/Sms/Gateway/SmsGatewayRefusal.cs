namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The body of a 4xx or 5xx answer.</summary>
/// <param name="Code">The gateway's stable code, for example <c>invalid_number</c>.</param>
/// <param name="Message">A description.</param>
public sealed record SmsGatewayRefusal(string? Code, string? Message);
