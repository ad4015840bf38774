namespace SeoulMonitor.Host.Monitors;

/// <summary>A body carrying the reason of a transition.</summary>
/// <param name="Reason">The reason (1–1000 characters where required).</param>
public sealed record ReasonRequest(string? Reason);
