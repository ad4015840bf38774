namespace SeoulMonitor.Host.Monitoring;

/// <summary>A new draft finding.</summary>
public sealed record FindingDraftRequest(string? Title, string? Summary, IReadOnlyList<Guid>? SourceSubmissionIds);

/// <summary>A draft's new title and summary.</summary>
public sealed record FindingEditRequest(string? Title, string? Summary);

/// <summary>Other drafts to merge into this one.</summary>
public sealed record FindingMergeRequest(IReadOnlyList<Guid>? OtherIds);

/// <summary>Sources to move to a new draft.</summary>
public sealed record FindingSplitRequest(IReadOnlyList<Guid>? SubmissionIds, string? Title, string? Summary);

/// <summary>A quote from a source submission.</summary>
public sealed record FindingQuoteRequest(Guid SubmissionId, string? Text);

/// <summary>A photo of a source submission.</summary>
public sealed record FindingPhotoRequest(Guid PhotoId);

/// <summary>Drafts of the task to send to its department.</summary>
public sealed record FindingSendRequest(IReadOnlyList<Guid>? FindingIds);

/// <summary>A department's answer: the fields each action reads (percent, expected date, response, reason, note).</summary>
public sealed record ReflectionRequest(int? Percent, DateOnly? ExpectedDate, string? Response, string? Reason, string? Note);
