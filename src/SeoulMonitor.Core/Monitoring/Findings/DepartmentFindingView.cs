using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// A finding as its department sees it: the opinion, quotes, photos, state, SLA and history — never a submission
/// id, a monitor id or any other data about the monitors who contributed (only how many did).
/// </summary>
public sealed record DepartmentFindingView(
    Guid Id, Guid TaskId, string TaskTitle, string Department, string Title, string Summary, FindingState State, string StateName, string StateNameKo,
    string? Response, DateOnly? ExpectedDate, int Progress, DateTimeOffset? SentAt, DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? RespondBy, bool Overdue, int SourceCount, IReadOnlyList<string> Quotes, IReadOnlyList<Guid> PhotoIds,
    IReadOnlyList<FindingUpdateView> Updates)
{
    internal static DepartmentFindingView From(Finding f, string taskTitle, string department, FindingParts parts, DateTimeOffset now) => new(
        f.Id, f.TaskId, taskTitle, department, f.Title, f.Summary, f.State, StatusNames.English(f.State), StatusNames.Korean(f.State),
        f.Response, f.ExpectedDate, f.Progress, f.SentAt, f.AcknowledgedAt, f.RespondBy, FindingSla.IsOverdue(f, now),
        parts.Sources.Count, parts.Quotes.Select(q => q.Text).ToList(), parts.Photos, parts.Updates.Select(FindingUpdateView.From).ToList());
}
