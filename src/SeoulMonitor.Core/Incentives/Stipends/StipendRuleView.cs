namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>A stipend rule as shown to staff; <paramref name="IsCurrent"/> marks the rule in force for its year or task.</summary>
public sealed record StipendRuleView(
    Guid Id, int Year, Guid? TaskId, long PerParticipation, long PerCommunityActivity, DateTimeOffset CreatedAt, string CreatedBy, bool IsCurrent)
{
    internal static StipendRuleView From(StipendRule rule, bool isCurrent) =>
        new(rule.Id, rule.Year, rule.TaskId, rule.PerParticipation, rule.PerCommunityActivity, rule.CreatedAt, rule.CreatedBy, isCurrent);
}
