using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Awards;

public sealed partial class AwardCycleService
{
    /// <summary>
    /// Staff compute the nominations from the year's verified activity (allowed again until the review starts; each
    /// computation replaces the cycle's nominations): every active monitor with counted evidence and every active community
    /// with members' points or verified activities, each with its score, breakdown and rank.
    /// </summary>
    public Task<Result<AwardCycleView>> ComputeNominationsAsync(int year, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(year, AwardCycleEvent.ComputeNominations, actor, null, async (cycle, _, ct) =>
        {
            var clock = Stopwatch.StartNew();
            await _db.Set<AwardNomination>().Where(n => n.CycleId == cycle.Id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            var (monitors, communities) = await NominateAsync(_db, cycle.Id, cycle.Year, _options, ct).ConfigureAwait(false);
            _db.Set<AwardNomination>().AddRange(monitors);
            _db.Set<AwardNomination>().AddRange(communities);
            _logger.NominationsComputed(cycle.Year, monitors.Count, communities.Count, clock.ElapsedMilliseconds);
            return null;
        }, cancellationToken);

    /// <summary>The ranked nominations of a year (monitors, communities), not saved.</summary>
    internal static async Task<(List<AwardNomination> Monitors, List<AwardNomination> Communities)> NominateAsync(
        Persistence.SeoulMonitorDbContext db, Guid cycleId, int year, AwardsOptions options, CancellationToken ct)
    {
        var tallies = await AwardScorer.TallyAsync(db, year, null, ct).ConfigureAwait(false);
        var monitors = AwardRanking.Monitors(cycleId, tallies.Values, options);
        var points = monitors.ToDictionary(n => n.CandidateId, n => n.Score / AwardLimits.ScoreScale);
        var members = (await AwardScorer.CommunityMembersAsync(db, ct).ConfigureAwait(false)).Where(m => tallies.ContainsKey(m.MonitorId));
        var activities = await AwardScorer.CommunityActivitiesAsync(db, year, ct).ConfigureAwait(false);
        var communities = AwardRanking.Communities(cycleId, points, members, activities, options);
        return (monitors, communities);
    }
}
