namespace SeoulMonitor.Host.Communities;

/// <summary>A reason (rejection, dissolution, removal).</summary>
/// <param name="Reason">The reason.</param>
public sealed record CommunityReasonRequest(string? Reason);
