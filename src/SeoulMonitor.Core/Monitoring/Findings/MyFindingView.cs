using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>A sent finding a monitor contributed to: what became of their opinion (with their own submission ids).</summary>
public sealed record MyFindingView(
    Guid Id, Guid TaskId, string TaskTitle, string Department, string Title, string Summary, FindingState State, string StateName, string StateNameKo,
    string? Response, DateOnly? ExpectedDate, int Progress, DateTimeOffset? SentAt, bool Overdue,
    IReadOnlyList<Guid> MySubmissionIds, IReadOnlyList<FindingUpdateView> Updates)
{
    internal static MyFindingView From(Finding f, string taskTitle, string department, IReadOnlyList<Guid> mine, IReadOnlyList<FindingUpdate> updates, DateTimeOffset now) => new(
        f.Id, f.TaskId, taskTitle, department, f.Title, f.Summary, f.State, StatusNames.English(f.State), StatusNames.Korean(f.State),
        f.Response, f.ExpectedDate, f.Progress, f.SentAt, FindingSla.IsOverdue(f, now), mine, updates.Select(FindingUpdateView.From).ToList());
}
