namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>One submission with its revision chain (every revision, first to last, including this one).</summary>
/// <param name="Submission">The submission.</param>
/// <param name="Revisions">The chain of revisions it belongs to, oldest first.</param>
public sealed record SubmissionDetail(SubmissionView Submission, IReadOnlyList<SubmissionView> Revisions);
