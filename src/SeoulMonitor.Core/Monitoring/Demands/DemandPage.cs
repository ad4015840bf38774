namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>One page of a demand list and the cursor of the next (null on the last page).</summary>
/// <param name="Items">The demands, newest first (ties by id).</param>
/// <param name="Next">Pass as <see cref="DemandListQuery.After"/> for the next page; null when there is none.</param>
public sealed record DemandPage(IReadOnlyList<DemandView> Items, string? Next);
