namespace SeoulMonitor.Host.Campaigns;

/// <summary>Who a campaign's messages come from.</summary>
/// <param name="Address">The From address.</param>
/// <param name="DisplayName">The display name (for example 서울특별시).</param>
internal sealed record SenderRequest(string? Address, string? DisplayName);
