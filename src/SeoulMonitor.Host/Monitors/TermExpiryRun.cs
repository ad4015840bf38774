namespace SeoulMonitor.Host.Monitors;

/// <summary>The outcome of one run of the term-expiry job.</summary>
/// <param name="Expired">How many memberships were expired.</param>
public sealed record TermExpiryRun(int Expired);
