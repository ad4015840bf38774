using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Statistics;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Reports;

/// <summary>Assembles a task's consolidated report (staff, or the task's department); see <see cref="TaskReportCsv"/> and <see cref="TaskReportXlsx"/>.</summary>
public sealed class TaskReportService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TaskStatisticsService _statistics;
    private readonly FindingReader _findings;
    private readonly TimeProvider _time;

    internal TaskReportService(SeoulMonitorDbContext db, TaskStatisticsService statistics, FindingReader findings, TimeProvider time)
    {
        _db = db;
        _statistics = statistics;
        _findings = findings;
        _time = time;
    }

    /// <summary>The report of one task.</summary>
    public async Task<Result<TaskReport>> BuildAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return StatisticsErrors.TaskNotFound;
        }

        if (!ReflectionService.MayAnswer(actor, task))
        {
            // Another department's task is answered as missing: its existence is not disclosed.
            return StatisticsErrors.TaskNotFound;
        }

        var statistics = await _statistics.ComputeAsync(task, cancellationToken).ConfigureAwait(false);
        var findings = await _findings.ListForDepartmentAsync(taskId, actor, cancellationToken).ConfigureAwait(false);
        var summary = new TaskReportSummary(
            task.Id, task.Year, task.Title, task.Purpose, task.Department, task.Sites, StatusNames.English(task.State), StatusNames.Korean(task.State),
            SeoulCalendar.DateAt(task.FieldworkOpensAt), SeoulCalendar.DateAt(task.FieldworkClosesAt), task.Capacity);
        return new TaskReport(summary, statistics, findings.Value, _time.GetUtcNow());
    }
}
