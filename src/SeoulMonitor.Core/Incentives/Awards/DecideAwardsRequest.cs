namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The committee's decision: winners among the nominations, within the cycle's numbers.</summary>
/// <param name="MonitorIds">The winning monitors (membership ids).</param>
/// <param name="CommunityIds">The winning communities.</param>
/// <param name="Note">The committee's note (kept on each winning nomination).</param>
public sealed record DecideAwardsRequest(IReadOnlyList<Guid>? MonitorIds, IReadOnlyList<Guid>? CommunityIds, string? Note = null);
