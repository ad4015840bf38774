using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>Refusals of task statistics and reports (stable codes).</summary>
public static class StatisticsErrors
{
    /// <summary>No such task.</summary>
    public static DomainError TaskNotFound { get; } = DomainError.NotFound("statistics.task_not_found", "The monitoring task does not exist.", "모니터링 과제가 없습니다.");

    /// <summary>Another department's task.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden("statistics.forbidden", "You may not see this task's results.", "이 과제의 결과를 볼 권한이 없습니다.");
}
