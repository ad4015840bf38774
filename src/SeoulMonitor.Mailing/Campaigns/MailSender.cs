namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>Who a campaign's messages come from.</summary>
/// <param name="Address">The From address (also the envelope sender unless <paramref name="ReturnPath"/> is set).</param>
/// <param name="DisplayName">The display name, for example <c>서울특별시</c>.</param>
/// <param name="ReturnPath">The envelope sender (MAIL FROM) when it differs from <paramref name="Address"/>.</param>
public sealed record MailSender(string Address, string? DisplayName = null, string? ReturnPath = null);
