namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>Builds the ranked nominations of a cycle from the tallies (the stated tie-break rules, deterministic).</summary>
internal static class AwardRanking
{
    /// <summary>Monitors with any counted evidence, ranked by <see cref="AwardScoring.TieBreakRule"/>.</summary>
    public static List<AwardNomination> Monitors(Guid cycleId, IEnumerable<MonitorTally> tallies, AwardsOptions options)
    {
        var scored = tallies.Where(t => !t.IsEmpty)
            .Select(t => (Tally: t, Parts: AwardScoring.MonitorParts(t, options)))
            .Select(x => (x.Tally, x.Parts, Points: AwardScoring.Points(x.Parts)))
            .OrderByDescending(x => x.Points)
            .ThenByDescending(x => x.Tally.Approved)
            .ThenBy(x => x.Tally.FirstApprovedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(x => x.Tally.MonitorId.ToString("D"), StringComparer.Ordinal)
            .ToList();
        return [.. scored.Select((x, i) => Nomination(cycleId, CandidateKind.Monitor, x.Tally.MonitorId, x.Points, x.Parts, i + 1))];
    }

    /// <summary>Communities with members' points or verified activities, ranked by <see cref="AwardScoring.CommunityTieBreakRule"/>.</summary>
    public static List<AwardNomination> Communities(
        Guid cycleId, IReadOnlyDictionary<Guid, long> monitorPoints, IEnumerable<(Guid CommunityId, Guid MonitorId)> members,
        IReadOnlyDictionary<Guid, int> activities, AwardsOptions options)
    {
        var byCommunity = members.GroupBy(m => m.CommunityId).ToDictionary(g => g.Key, g => g.Select(m => m.MonitorId).ToList());
        var ids = byCommunity.Keys.Union(activities.Keys);
        var scored = ids.Select(id =>
            {
                var list = byCommunity.GetValueOrDefault(id) ?? [];
                var memberPoints = list.Sum(m => monitorPoints.GetValueOrDefault(m));
                var count = activities.GetValueOrDefault(id);
                var parts = AwardScoring.CommunityParts(memberPoints, list.Count, count, options);
                return (Id: id, Parts: parts, Points: AwardScoring.Points(parts), Activities: count, Members: list.Count);
            })
            .Where(x => x.Points != 0 || x.Activities > 0)
            .OrderByDescending(x => x.Points)
            .ThenByDescending(x => x.Activities)
            .ThenByDescending(x => x.Members)
            .ThenBy(x => x.Id.ToString("D"), StringComparer.Ordinal)
            .ToList();
        return [.. scored.Select((x, i) => Nomination(cycleId, CandidateKind.Community, x.Id, x.Points, x.Parts, i + 1))];
    }

    private static AwardNomination Nomination(Guid cycleId, CandidateKind kind, Guid candidateId, long points, IReadOnlyList<ScorePart> parts, int rank) => new()
    {
        Id = Guid.NewGuid(),
        CycleId = cycleId,
        Kind = kind,
        CandidateId = candidateId,
        Score = points * AwardLimits.ScoreScale,
        Breakdown = AwardScoring.ToJson(parts),
        Rank = rank,
    };
}
