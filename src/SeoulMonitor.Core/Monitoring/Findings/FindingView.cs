using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>A finding as staff see it: with its source submissions (ids only; no monitor data).</summary>
public sealed record FindingView(
    Guid Id, Guid TaskId, string Title, string Summary, FindingState State, string StateName, string StateNameKo,
    string? Response, DateOnly? ExpectedDate, int Progress, DateTimeOffset? SentAt, DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? RespondBy, bool Overdue, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<Guid> SourceSubmissionIds, IReadOnlyList<FindingQuoteView> Quotes, IReadOnlyList<Guid> PhotoIds,
    IReadOnlyList<FindingUpdateView> Updates)
{
    internal static FindingView From(Finding f, FindingParts parts, DateTimeOffset now) => new(
        f.Id, f.TaskId, f.Title, f.Summary, f.State, StatusNames.English(f.State), StatusNames.Korean(f.State),
        f.Response, f.ExpectedDate, f.Progress, f.SentAt, f.AcknowledgedAt, f.RespondBy, FindingSla.IsOverdue(f, now), f.CreatedAt, f.UpdatedAt,
        parts.Sources, parts.Quotes.Select(q => new FindingQuoteView(q.Id, q.SubmissionId, q.Text, q.Order)).ToList(), parts.Photos,
        parts.Updates.Select(FindingUpdateView.From).ToList());
}
