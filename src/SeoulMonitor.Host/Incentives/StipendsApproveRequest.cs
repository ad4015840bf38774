namespace SeoulMonitor.Host.Incentives;

/// <summary>The entries to approve (all or nothing).</summary>
public sealed record StipendsApproveRequest(IReadOnlyList<Guid>? Ids);
