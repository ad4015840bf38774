namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>Filters and page of a task list (newest fieldwork first, ties by id; keyset paging).</summary>
/// <param name="Year">Program year.</param>
/// <param name="State">State.</param>
/// <param name="Department">Department (ignored for department officers: always their own).</param>
/// <param name="Limit">Page size, 1..<see cref="MonitoringTaskLimits.MaxPageSize"/>.</param>
/// <param name="After">The <see cref="TaskPage.Next"/> cursor of the previous page (null: the first page).</param>
public sealed record TaskListQuery(
    int? Year = null, MonitoringTaskState? State = null, string? Department = null, int Limit = MonitoringTaskLimits.DefaultPageSize, string? After = null);
