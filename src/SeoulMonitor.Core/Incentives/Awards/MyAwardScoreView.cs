using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>
/// A monitor's own score of a year, computed now with the configured weights, with its parts and the tie-break rule;
/// the rank once nominations are computed; whether awarded only once the cycle is announced.
/// </summary>
public sealed record MyAwardScoreView(
    int Year,
    Guid MonitorId,
    long Points,
    long Score,
    IReadOnlyList<ScorePart> Parts,
    string TieBreakRule,
    string TieBreakRuleKo,
    AwardCycleState? CycleState,
    string? CycleStateKo,
    int? Rank,
    bool? Awarded)
{
    internal static MyAwardScoreView From(int year, Guid monitorId, IReadOnlyList<ScorePart> parts, AwardCycle? cycle, AwardNomination? nomination)
    {
        var points = AwardScoring.Points(parts);
        return new(year, monitorId, points, points * AwardLimits.ScoreScale, parts, AwardScoring.TieBreakRule, AwardScoring.TieBreakRuleKo,
            cycle?.State, cycle is null ? null : StatusNames.Korean(cycle.State), nomination?.Rank,
            cycle?.State == AwardCycleState.Announced ? nomination?.Awarded ?? false : null);
    }
}
