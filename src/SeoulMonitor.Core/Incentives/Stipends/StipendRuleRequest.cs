namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>A new stipend rule: the year's default (<paramref name="TaskId"/> null) or one task's override.</summary>
/// <param name="Year">The program year.</param>
/// <param name="TaskId">The task it overrides the year's rule for, or null.</param>
/// <param name="PerParticipation">Won per completed participation (0..<see cref="StipendLimits.MaxRuleAmount"/>).</param>
/// <param name="PerCommunityActivity">Won per verified community activity (year rules only).</param>
public sealed record StipendRuleRequest(int Year, Guid? TaskId, long PerParticipation, long PerCommunityActivity);
