namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>One page of a task list and the cursor of the next (null on the last page).</summary>
/// <param name="Items">The tasks, newest fieldwork first (ties by id).</param>
/// <param name="Next">Pass as <see cref="TaskListQuery.After"/> for the next page; null when there is none.</param>
public sealed record TaskPage(IReadOnlyList<TaskView> Items, string? Next);
