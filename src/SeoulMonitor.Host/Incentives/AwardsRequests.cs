namespace SeoulMonitor.Host.Incentives;

/// <summary>The body of opening a year's award cycle.</summary>
public sealed record AwardCycleOpenRequest(int? Year, int? MonitorAwards, int? CommunityAwards);

/// <summary>The body of the committee's decision.</summary>
public sealed record AwardDecisionRequest(Guid[]? MonitorIds, Guid[]? CommunityIds, string? Note);
