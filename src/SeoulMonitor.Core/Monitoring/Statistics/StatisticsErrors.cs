using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>Refusals of task statistics and reports (stable codes).</summary>
public static class StatisticsErrors
{
    /// <summary>No such task, or another department's (not disclosed).</summary>
    public static DomainError TaskNotFound { get; } = DomainError.NotFound("statistics.task_not_found", "The monitoring task does not exist.", "모니터링 과제가 없습니다.");
}
