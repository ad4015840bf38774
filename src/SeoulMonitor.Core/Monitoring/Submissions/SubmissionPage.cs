namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>One page of a task's submissions in receipt order; pass <see cref="Next"/> as <c>after</c> for the next page.</summary>
/// <param name="Items">The submissions.</param>
/// <param name="Next">The id to continue after, or null on the last page.</param>
public sealed record SubmissionPage(IReadOnlyList<SubmissionView> Items, Guid? Next);
