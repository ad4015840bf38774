namespace SeoulMonitor.Host.Monitoring;

/// <summary>Submissions to approve all or nothing (at most <c>SubmissionLimits.MaxBulk</c>), with an optional note.</summary>
/// <param name="Ids">The submissions.</param>
/// <param name="Note">A note for every approval.</param>
internal sealed record SubmissionBulkApproveRequest(IReadOnlyList<Guid>? Ids, string? Note);
