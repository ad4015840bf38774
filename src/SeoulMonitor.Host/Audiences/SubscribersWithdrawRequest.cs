namespace SeoulMonitor.Host.Audiences;

/// <summary>A staff withdrawal on the person's request: the reason is required.</summary>
public sealed record SubscribersWithdrawRequest(string? Reason);
