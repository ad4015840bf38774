using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>The transition table of monitoring tasks.</summary>
public static class MonitoringTaskLifecycle
{
    /// <summary>The audit entity type of tasks.</summary>
    public const string Entity = "monitoring_task";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<MonitoringTaskState, MonitoringTaskEvent> Table { get; } = new(
        Entity,
        (MonitoringTaskState.Planned, MonitoringTaskEvent.OpenRecruitment, MonitoringTaskState.RecruitmentOpen),
        (MonitoringTaskState.RecruitmentOpen, MonitoringTaskEvent.CloseRecruitment, MonitoringTaskState.RecruitmentClosed),
        (MonitoringTaskState.RecruitmentClosed, MonitoringTaskEvent.OpenFieldwork, MonitoringTaskState.FieldworkOpen),
        (MonitoringTaskState.FieldworkOpen, MonitoringTaskEvent.CloseFieldwork, MonitoringTaskState.FieldworkClosed),
        (MonitoringTaskState.FieldworkClosed, MonitoringTaskEvent.StartConsolidation, MonitoringTaskState.Consolidating),
        (MonitoringTaskState.Consolidating, MonitoringTaskEvent.ReportToDepartment, MonitoringTaskState.ReportedToDepartment),
        (MonitoringTaskState.ReportedToDepartment, MonitoringTaskEvent.Close, MonitoringTaskState.Closed),
        (MonitoringTaskState.Planned, MonitoringTaskEvent.Cancel, MonitoringTaskState.Cancelled),
        (MonitoringTaskState.RecruitmentOpen, MonitoringTaskEvent.Cancel, MonitoringTaskState.Cancelled),
        (MonitoringTaskState.RecruitmentClosed, MonitoringTaskEvent.Cancel, MonitoringTaskState.Cancelled),
        (MonitoringTaskState.FieldworkOpen, MonitoringTaskEvent.Cancel, MonitoringTaskState.Cancelled));
}
