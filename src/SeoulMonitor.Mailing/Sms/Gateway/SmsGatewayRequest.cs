namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The body of <c>POST {BaseUrl}/messages</c>.</summary>
/// <param name="From">The registered sender number (발신번호).</param>
/// <param name="To">The recipient's mobile number.</param>
/// <param name="Text">The text, measured by <see cref="SmsText.Measure"/> (never truncated).</param>
/// <param name="Kind"><c>SMS</c> (≤ 90 bytes) or <c>LMS</c> (≤ 2,000 bytes).</param>
/// <param name="Subject">The LMS subject, or <see langword="null"/>.</param>
/// <param name="ClientRef">The engine's idempotency key for the row (<c>{campaign id:N}-{sequence}</c>): the gateway answers a repeat with the first message id and sends nothing again.</param>
public sealed record SmsGatewayRequest(string From, string To, string Text, string Kind, string? Subject, string ClientRef);
