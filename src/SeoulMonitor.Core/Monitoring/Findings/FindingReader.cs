using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// Reads findings for each audience: staff (with sources), the requesting department (sent findings only, no data
/// about monitors) and the contributing monitors (what became of their opinions). No view carries personal data,
/// so none of these reads is access-logged.
/// </summary>
public sealed class FindingReader
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TimeProvider _time;

    internal FindingReader(SeoulMonitorDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>One finding with its sources (staff).</summary>
    public async Task<Result<FindingView>> GetAsync(Guid findingId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!FindingValidation.IsStaff(actor))
        {
            return FindingErrors.Forbidden;
        }

        var finding = await _db.Set<Finding>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken).ConfigureAwait(false);
        return finding is null
            ? FindingErrors.NotFound
            : FindingView.From(finding, await _db.PartsAsync(findingId, cancellationToken).ConfigureAwait(false), _time.GetUtcNow());
    }

    /// <summary>A task's findings with their sources (staff), oldest first.</summary>
    public async Task<Result<IReadOnlyList<FindingView>>> ListAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!FindingValidation.IsStaff(actor))
        {
            return FindingErrors.Forbidden;
        }

        if (await _db.TaskAsync(taskId, cancellationToken).ConfigureAwait(false) is null)
        {
            return FindingErrors.TaskNotFound;
        }

        var rows = await _db.Set<Finding>().AsNoTracking().Where(f => f.TaskId == taskId).OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
            .Take(FindingLimits.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var views = new List<FindingView>(rows.Count);
        foreach (var f in rows)
        {
            views.Add(FindingView.From(f, await _db.PartsAsync(f.Id, cancellationToken).ConfigureAwait(false), now));
        }

        return views;
    }

    /// <summary>One sent finding as its department sees it (the department's officers, or staff).</summary>
    public async Task<Result<DepartmentFindingView>> GetForDepartmentAsync(Guid findingId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var finding = await _db.Set<Finding>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken).ConfigureAwait(false);
        var task = finding is null ? null : await _db.TaskAsync(finding.TaskId, cancellationToken).ConfigureAwait(false);
        if (finding is null || task is null || (finding.State == FindingState.Draft && !FindingValidation.IsStaff(actor)))
        {
            return FindingErrors.NotFound;
        }

        return ReflectionService.MayAnswer(actor, task)
            ? DepartmentFindingView.From(finding, task.Title, task.Department, await _db.PartsAsync(findingId, cancellationToken).ConfigureAwait(false), _time.GetUtcNow())
            : FindingErrors.NotFound;
    }

    /// <summary>A task's sent findings as its department sees them (the department's officers, or staff).</summary>
    public async Task<Result<IReadOnlyList<DepartmentFindingView>>> ListForDepartmentAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await _db.TaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return FindingErrors.TaskNotFound;
        }

        if (!ReflectionService.MayAnswer(actor, task))
        {
            // Another department's task is answered as missing: its existence is not disclosed.
            return FindingErrors.TaskNotFound;
        }

        return Result<IReadOnlyList<DepartmentFindingView>>.Success(await ViewsAsync(_db.Set<Finding>().Where(f => f.TaskId == taskId && f.State != FindingState.Draft), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// A department's inbox: the sent findings of its tasks, optionally in one state and/or only (not) overdue, the
    /// soonest deadline first.
    /// </summary>
    public async Task<Result<IReadOnlyList<DepartmentFindingView>>> InboxAsync(
        Actor actor, FindingState? state = null, bool? overdue = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != ActorKind.Department)
        {
            return FindingErrors.Forbidden;
        }

        var taskIds = _db.Set<MonitoringTask>().Where(t => t.Department == actor.Id).Select(t => t.Id);
        var query = _db.Set<Finding>().Where(f => taskIds.Contains(f.TaskId) && f.State != FindingState.Draft);
        if (state is { } s)
        {
            query = query.Where(f => f.State == s);
        }

        var now = _time.GetUtcNow();
        var waiting = FindingSla.Waiting.ToList();
        if (overdue is { } o)
        {
            query = o
                ? query.Where(f => waiting.Contains(f.State) && f.RespondBy != null && f.RespondBy <= now)
                : query.Where(f => !waiting.Contains(f.State) || f.RespondBy == null || f.RespondBy > now);
        }

        return Result<IReadOnlyList<DepartmentFindingView>>.Success(await ViewsAsync(query, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The sent findings a monitor contributed to, newest first, with their own submissions.</summary>
    public async Task<IReadOnlyList<MyFindingView>> MineAsync(Guid monitorId, CancellationToken cancellationToken = default)
    {
        var mine = await _db.Set<FindingSource>().AsNoTracking()
            .Join(_db.Set<FieldSubmission>().Where(s => s.MonitorId == monitorId), f => f.SubmissionId, s => s.Id, (f, s) => new { f.FindingId, f.SubmissionId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = mine.Select(m => m.FindingId).Distinct().ToList();
        var rows = await _db.Set<Finding>().AsNoTracking()
            .Where(f => ids.Contains(f.Id) && f.State != FindingState.Draft)
            .Join(_db.Set<MonitoringTask>(), f => f.TaskId, t => t.Id, (f, t) => new { Finding = f, t.Title, t.Department })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var views = new List<MyFindingView>(rows.Count);
        foreach (var row in rows.OrderByDescending(r => r.Finding.SentAt).ThenBy(r => r.Finding.Id).Take(FindingLimits.MaxListed))
        {
            var submissions = mine.Where(m => m.FindingId == row.Finding.Id).Select(m => m.SubmissionId).Order().ToList();
            var updates = await _db.UpdatesAsync(row.Finding.Id, cancellationToken).ConfigureAwait(false);
            views.Add(MyFindingView.From(row.Finding, row.Title, row.Department, submissions, updates, now));
        }

        return views;
    }

    private async Task<IReadOnlyList<DepartmentFindingView>> ViewsAsync(IQueryable<Finding> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .Join(_db.Set<MonitoringTask>(), f => f.TaskId, t => t.Id, (f, t) => new { Finding = f, t.Title, t.Department })
            .ToListAsync(ct).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var views = new List<DepartmentFindingView>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.Finding.RespondBy).ThenBy(r => r.Finding.Id).Take(FindingLimits.MaxListed))
        {
            views.Add(DepartmentFindingView.From(row.Finding, row.Title, row.Department, await _db.PartsAsync(row.Finding.Id, ct).ConfigureAwait(false), now));
        }

        return views;
    }
}
