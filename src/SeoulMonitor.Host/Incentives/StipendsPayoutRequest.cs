namespace SeoulMonitor.Host.Incentives;

/// <summary>The month (<c>yyyy-MM</c>) of a payout batch.</summary>
public sealed record StipendsPayoutRequest(string? Month);
