namespace SeoulMonitor.Host.Audiences;

/// <summary>A request carrying one token from a message link (confirm, re-consent).</summary>
public sealed record SubscriptionsTokenRequest(string? Token);
