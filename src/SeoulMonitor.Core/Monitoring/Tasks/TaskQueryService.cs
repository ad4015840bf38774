using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>
/// Task reads: staff see every task, department officers their department's, monitors tasks past planning (and the
/// list of tasks open for recruitment). Tasks a caller may not see are answered as not found.
/// </summary>
public sealed class TaskQueryService
{
    private readonly SeoulMonitorDbContext _db;

    internal TaskQueryService(SeoulMonitorDbContext db) => _db = db;

    /// <summary>One task.</summary>
    public async Task<Result<TaskView>> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        return task is not null && MonitoringAccess.CanRead(task, actor) ? TaskView.From(task) : TaskErrors.NotFound;
    }

    /// <summary>The items of one page of <see cref="PageAsync"/> (for callers that read a single page).</summary>
    public async Task<Result<IReadOnlyList<TaskView>>> ListAsync(TaskListQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        var page = await PageAsync(query, actor, cancellationToken).ConfigureAwait(false);
        return page.IsSuccess ? Result<IReadOnlyList<TaskView>>.Success(page.Value.Items) : page.Error;
    }

    /// <summary>
    /// Tasks by filter, newest fieldwork first (ties by id), one keyset page at a time: each task present from the
    /// first page to the last is returned exactly once, also while tasks are added between pages (a task whose
    /// fieldwork opening is moved meanwhile is listed at its new place). Staff: all; department officers: their own.
    /// </summary>
    public async Task<Result<TaskPage>> PageAsync(TaskListQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = query ?? new TaskListQuery();
        var page = TaskValidation.Page(q.Limit, q.After, ListCursor.Tasks);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        var department = MonitoringAccess.IsStaff(actor) ? q.Department?.Trim() : MonitoringAccess.DepartmentOf(actor);
        if (!MonitoringAccess.IsStaff(actor) && department is null)
        {
            return TaskErrors.Forbidden;
        }

        var tasks = _db.Set<MonitoringTask>().AsNoTracking();
        if (department is not null)
        {
            tasks = tasks.Where(t => t.Department == department);
        }

        if (q.Year is { } year)
        {
            tasks = tasks.Where(t => t.Year == year);
        }

        if (q.State is { } state)
        {
            tasks = tasks.Where(t => t.State == state);
        }

        if (page.Value is { } after)
        {
            tasks = tasks.Where(t => t.FieldworkOpensAt < after.Key || (t.FieldworkOpensAt == after.Key && t.Id.CompareTo(after.Id) > 0));
        }

        var rows = await tasks.OrderByDescending(t => t.FieldworkOpensAt).ThenBy(t => t.Id).Take(q.Limit + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Take(q.Limit).ToList();
        var next = rows.Count > q.Limit ? ListCursor.Encode(ListCursor.Tasks, items[^1].FieldworkOpensAt, items[^1].Id) : null;
        return new TaskPage(items.ConvertAll(TaskView.From), next);
    }

    /// <summary>Tasks open for recruitment, closing soonest first (what monitors may apply to).</summary>
    public async Task<IReadOnlyList<TaskView>> ListOpenForRecruitmentAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _db.Set<MonitoringTask>().AsNoTracking()
            .Where(t => t.State == MonitoringTaskState.RecruitmentOpen)
            .OrderBy(t => t.RecruitmentClosesAt).ThenBy(t => t.Id).Take(MonitoringTaskLimits.MaxOpenTasks)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(TaskView.From);
    }
}
