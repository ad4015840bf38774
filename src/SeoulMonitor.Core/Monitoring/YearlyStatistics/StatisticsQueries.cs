using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>The SQL aggregates behind the yearly statistics, grouped by (year, department); no entity is loaded.</summary>
internal static class StatisticsQueries
{
    public static IQueryable<MonitoringTask> Tasks(SeoulMonitorDbContext db, int firstYear, int lastYear) =>
        db.Set<MonitoringTask>().AsNoTracking()
            .Where(t => t.Year >= firstYear && t.Year <= lastYear && t.State != MonitoringTaskState.Cancelled);

    public static Task<List<TaskRow>> TasksAsync(SeoulMonitorDbContext db, int firstYear, int lastYear, CancellationToken ct) =>
        Tasks(db, firstYear, lastYear)
            .GroupBy(t => new { t.Year, t.Department })
            .Select(g => new TaskRow(g.Key.Year, g.Key.Department, g.Count(), g.Count(t => t.IsHistorical), g.Sum(t => t.HistoricalParticipants ?? 0)))
            .ToListAsync(ct);

    public static Task<List<ParticipationRow>> ParticipationsAsync(SeoulMonitorDbContext db, int firstYear, int lastYear, CancellationToken ct) =>
        (from p in db.Set<Participation>().AsNoTracking()
         join t in Tasks(db, firstYear, lastYear) on p.TaskId equals t.Id
         where p.State == ParticipationState.Selected || p.State == ParticipationState.Completed
         group p by new { t.Year, t.Department } into g
         select new ParticipationRow(g.Key.Year, g.Key.Department, g.Count()))
        .ToListAsync(ct);

    /// <summary>Distinct monitors with a selected or completed participation, per year.</summary>
    public static Task<Dictionary<int, int>> MonitorsAsync(SeoulMonitorDbContext db, int firstYear, int lastYear, CancellationToken ct) =>
        (from p in db.Set<Participation>().AsNoTracking()
         join t in Tasks(db, firstYear, lastYear) on p.TaskId equals t.Id
         where p.State == ParticipationState.Selected || p.State == ParticipationState.Completed
         group p.MonitorId by t.Year into g
         select new { Year = g.Key, Monitors = g.Distinct().Count() })
        .ToDictionaryAsync(x => x.Year, x => x.Monitors, ct);

    public static Task<List<SubmissionRow>> SubmissionsAsync(SeoulMonitorDbContext db, int firstYear, int lastYear, CancellationToken ct) =>
        (from s in db.Set<FieldSubmission>().AsNoTracking()
         join t in Tasks(db, firstYear, lastYear) on s.TaskId equals t.Id
         group s.State by new { t.Year, t.Department } into g
         select new SubmissionRow(
             g.Key.Year, g.Key.Department, g.Count(),
             g.Count(x => x == SubmissionState.Received),
             g.Count(x => x == SubmissionState.Approved),
             g.Count(x => x == SubmissionState.Returned || x == SubmissionState.Superseded),
             g.Count(x => x == SubmissionState.Rejected)))
        .ToListAsync(ct);

    public static Task<List<FindingRow>> FindingsAsync(SeoulMonitorDbContext db, int firstYear, int lastYear, DateTimeOffset now, CancellationToken ct) =>
        (from f in db.Set<Finding>().AsNoTracking()
         join t in Tasks(db, firstYear, lastYear) on f.TaskId equals t.Id
         where f.State != FindingState.Draft
         group f by new { t.Year, t.Department } into g
         select new FindingRow(
             g.Key.Year, g.Key.Department, g.Count(),
             g.Count(x => x.State == FindingState.Reflected),
             g.Count(x => x.State == FindingState.PartiallyReflected),
             g.Count(x => x.State == FindingState.NotReflected),
             g.Count(x => x.State == FindingState.LongTermReview),
             g.Count(x => x.RespondBy != null && x.RespondBy < now
                 && x.State != FindingState.Reflected && x.State != FindingState.PartiallyReflected
                 && x.State != FindingState.NotReflected && x.State != FindingState.LongTermReview)))
        .ToListAsync(ct);
}
