using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>Queries over a finding's rows shared by the finding services.</summary>
internal static class FindingRows
{
    public static async Task<FindingParts> PartsAsync(this SeoulMonitorDbContext db, Guid findingId, CancellationToken ct)
    {
        var sources = await db.Set<FindingSource>().AsNoTracking().Where(s => s.FindingId == findingId)
            .OrderBy(s => s.SubmissionId).Select(s => s.SubmissionId).ToListAsync(ct).ConfigureAwait(false);
        var quotes = await db.Set<FindingQuote>().AsNoTracking().Where(q => q.FindingId == findingId)
            .OrderBy(q => q.Order).ToListAsync(ct).ConfigureAwait(false);
        var photos = await db.Set<FindingPhoto>().AsNoTracking().Where(p => p.FindingId == findingId)
            .OrderBy(p => p.PhotoId).Select(p => p.PhotoId).ToListAsync(ct).ConfigureAwait(false);
        var updates = await db.UpdatesAsync(findingId, ct).ConfigureAwait(false);
        return new FindingParts(sources, quotes, photos, updates);
    }

    public static async Task<List<FindingUpdate>> UpdatesAsync(this SeoulMonitorDbContext db, Guid findingId, CancellationToken ct)
    {
        var updates = await db.Set<FindingUpdate>().AsNoTracking().Where(u => u.FindingId == findingId).ToListAsync(ct).ConfigureAwait(false);
        return [.. updates.OrderBy(u => u.At).ThenBy(u => u.Id)];
    }

    /// <summary>The distinct monitors behind the given submissions, with their name and e-mail address.</summary>
    public static Task<List<Contributor>> ContributorsOfSubmissionsAsync(this SeoulMonitorDbContext db, IReadOnlyCollection<Guid> submissionIds, CancellationToken ct) =>
        db.Set<FieldSubmission>().AsNoTracking()
            .Where(s => submissionIds.Contains(s.Id))
            .Join(db.Set<Membership>(), s => s.MonitorId, m => m.Id, (s, m) => new Contributor(m.Id, m.Name, m.Email, m.State))
            .Distinct()
            .ToListAsync(ct);

    /// <summary>The distinct monitors who contributed to a finding (through its sources).</summary>
    public static Task<List<Contributor>> ContributorsAsync(this SeoulMonitorDbContext db, Guid findingId, CancellationToken ct) =>
        db.Set<FindingSource>().AsNoTracking()
            .Where(f => f.FindingId == findingId)
            .Join(db.Set<FieldSubmission>(), f => f.SubmissionId, s => s.Id, (f, s) => s.MonitorId)
            .Join(db.Set<Membership>(), id => id, m => m.Id, (id, m) => new Contributor(m.Id, m.Name, m.Email, m.State))
            .Distinct()
            .ToListAsync(ct);

    /// <summary>The registered department of a task, if any.</summary>
    public static Task<Department?> DepartmentAsync(this SeoulMonitorDbContext db, string name, CancellationToken ct) =>
        db.Set<Department>().AsNoTracking().SingleOrDefaultAsync(d => d.Name == name, ct);

    public static Task<MonitoringTask?> TaskAsync(this SeoulMonitorDbContext db, Guid taskId, CancellationToken ct) =>
        db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct);
}
