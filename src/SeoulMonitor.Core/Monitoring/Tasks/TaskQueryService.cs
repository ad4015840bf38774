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

    /// <summary>Tasks by filter, newest fieldwork first, in bounded pages (staff: all; department officers: their own).</summary>
    public async Task<Result<IReadOnlyList<TaskView>>> ListAsync(TaskListQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = query ?? new TaskListQuery();
        if (TaskValidation.Page(q.Limit, q.Offset) is { } bad)
        {
            return bad;
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

        var rows = await tasks.OrderByDescending(t => t.FieldworkOpensAt).ThenBy(t => t.Id).Skip(q.Offset).Take(q.Limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(TaskView.From);
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
