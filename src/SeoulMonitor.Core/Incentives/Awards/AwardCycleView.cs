using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>An award cycle with its counts (no personal data).</summary>
public sealed record AwardCycleView(
    Guid Id,
    int Year,
    AwardCycleState State,
    string StateKo,
    int MonitorAwards,
    int CommunityAwards,
    int MonitorNominations,
    int CommunityNominations,
    int Awarded,
    string TieBreakRule,
    string TieBreakRuleKo,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Projects a cycle.</summary>
    public static AwardCycleView From(AwardCycle cycle, int monitorNominations, int communityNominations, int awarded)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return new(cycle.Id, cycle.Year, cycle.State, StatusNames.Korean(cycle.State), cycle.MonitorAwards, cycle.CommunityAwards,
            monitorNominations, communityNominations, awarded, AwardScoring.TieBreakRule, AwardScoring.TieBreakRuleKo, cycle.CreatedAt, cycle.UpdatedAt);
    }
}
