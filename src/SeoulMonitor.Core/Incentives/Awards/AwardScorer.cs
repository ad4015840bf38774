using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Training;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>
/// Counts a year's evidence with grouped SQL aggregates, one query per part (never one round trip per person). The year
/// of a submission or participation is its task's <see cref="MonitoringTask.Year"/>; of a training, the Seoul year of
/// the session's start; of a community activity, the year of <see cref="CommunityActivity.HeldOn"/>.
/// </summary>
internal static class AwardScorer
{
    /// <summary>
    /// The tallies of the year: every active monitor's (with <paramref name="only"/>, that one monitor's, whatever its state).
    /// </summary>
    public static async Task<Dictionary<Guid, MonitorTally>> TallyAsync(SeoulMonitorDbContext db, int year, Guid? only, CancellationToken ct)
    {
        // UTC: SQLite compares instants by their binary form, which is only ordered for one offset.
        var yearStart = SeoulCalendar.StartOf(new DateOnly(year, 1, 1)).ToUniversalTime();
        var yearEnd = SeoulCalendar.StartOf(new DateOnly(year + 1, 1, 1)).ToUniversalTime();
        var (firstDay, lastDay) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var tasks = db.Set<MonitoringTask>().AsNoTracking().Where(t => t.Year == year);

        var monitorIds = only is { } one
            ? [one]
            : await db.Set<Membership>().AsNoTracking().Where(m => m.State == MembershipState.Active).Select(m => m.Id).ToListAsync(ct).ConfigureAwait(false);

        var submissions = db.Set<FieldSubmission>().AsNoTracking().Where(s => only == null || s.MonitorId == only);
        var reviews = await submissions.Join(tasks, s => s.TaskId, t => t.Id, (s, t) => s)
            .Where(s => s.State != SubmissionState.Received)
            .GroupBy(s => s.MonitorId)
            .Select(g => new
            {
                MonitorId = g.Key,
                Approved = g.Count(s => s.State == SubmissionState.Approved),
                Returned = g.Count(s => s.State == SubmissionState.Returned || s.State == SubmissionState.Superseded),
                Rejected = g.Count(s => s.State == SubmissionState.Rejected),
            })
            .ToDictionaryAsync(x => x.MonitorId, ct).ConfigureAwait(false);

        var firstApproved = await FirstApprovedAsync(submissions.Join(tasks, s => s.TaskId, t => t.Id, (s, t) => s), ct).ConfigureAwait(false);

        var completed = await db.Set<Participation>().AsNoTracking().Where(p => only == null || p.MonitorId == only)
            .Where(p => p.State == ParticipationState.Completed)
            .Join(tasks, p => p.TaskId, t => t.Id, (p, t) => p)
            .GroupBy(p => p.MonitorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct).ConfigureAwait(false);

        var trainings = await db.Set<TrainingRegistration>().AsNoTracking().Where(r => only == null || r.MonitorId == only)
            .Where(r => r.State == TrainingRegistrationState.Attended)
            .Join(db.Set<TrainingSession>().AsNoTracking().Where(s => s.StartsAt >= yearStart && s.StartsAt < yearEnd), r => r.SessionId, s => s.Id, (r, s) => r)
            .GroupBy(r => r.MonitorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct).ConfigureAwait(false);

        var community = await db.Set<CommunityMember>().AsNoTracking().Where(m => only == null || m.MonitorId == only)
            .Where(m => m.State == CommunityMemberState.Member)
            .Join(ActiveCommunityIds(db), m => m.CommunityId, c => c, (m, c) => m)
            .Join(VerifiedActivities(db, firstDay, lastDay), m => m.CommunityId, a => a.CommunityId, (m, a) => m.MonitorId)
            .GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct).ConfigureAwait(false);

        var tallies = new Dictionary<Guid, MonitorTally>(monitorIds.Count);
        foreach (var id in monitorIds)
        {
            var review = reviews.GetValueOrDefault(id);
            tallies[id] = new MonitorTally(
                id, review?.Approved ?? 0, review?.Returned ?? 0, review?.Rejected ?? 0, completed.GetValueOrDefault(id),
                trainings.GetValueOrDefault(id), community.GetValueOrDefault(id), firstApproved.TryGetValue(id, out var at) ? at : null);
        }

        return tallies;
    }

    /// <summary>Per active community: its verified activities in the year (one grouped query).</summary>
    public static Task<Dictionary<Guid, int>> CommunityActivitiesAsync(SeoulMonitorDbContext db, int year, CancellationToken ct) =>
        VerifiedActivities(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            .Join(ActiveCommunityIds(db), a => a.CommunityId, c => c, (a, c) => a)
            .GroupBy(a => a.CommunityId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>The current members of active communities (community, monitor).</summary>
    public static async Task<List<(Guid CommunityId, Guid MonitorId)>> CommunityMembersAsync(SeoulMonitorDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<CommunityMember>().AsNoTracking().Where(m => m.State == CommunityMemberState.Member)
            .Join(ActiveCommunityIds(db), m => m.CommunityId, c => c, (m, c) => new { m.CommunityId, m.MonitorId })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.ConvertAll(r => (r.CommunityId, r.MonitorId));
    }

    private static IQueryable<Guid> ActiveCommunityIds(SeoulMonitorDbContext db) =>
        db.Set<Community>().AsNoTracking().Where(c => c.State == CommunityState.Active).Select(c => c.Id);

    private static IQueryable<CommunityActivity> VerifiedActivities(SeoulMonitorDbContext db, DateOnly firstDay, DateOnly lastDay) =>
        db.Set<CommunityActivity>().AsNoTracking()
            .Where(a => a.State == CommunityActivityState.Verified && a.HeldOn >= firstDay && a.HeldOn <= lastDay);

    /// <summary>
    /// Each monitor's earliest approval time (the tie-break). SQLite stores instants as integers (binary) that EF cannot
    /// take MIN of, so the (monitor, reviewed-at) pairs of approved submissions are streamed and reduced in memory.
    /// </summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> FirstApprovedAsync(IQueryable<FieldSubmission> submissions, CancellationToken ct)
    {
        var first = new Dictionary<Guid, DateTimeOffset>();
        var rows = submissions.Where(s => s.State == SubmissionState.Approved && s.ReviewedAt != null)
            .Select(s => new { s.MonitorId, At = s.ReviewedAt!.Value }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            if (!first.TryGetValue(row.MonitorId, out var at) || row.At < at)
            {
                first[row.MonitorId] = row.At;
            }
        }

        return first;
    }
}
