namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>
/// Field submissions of a year's tasks. Every stored revision counts as one received submission. A return is one review
/// decision whether the returned revision is still <c>Returned</c> or was since superseded by a resubmission.
/// </summary>
/// <param name="Received">All submissions received (every revision).</param>
/// <param name="AwaitingReview">Submissions not reviewed yet.</param>
/// <param name="Approved">Approved.</param>
/// <param name="Returned">Returned to the monitor (still returned, or superseded by a resubmission).</param>
/// <param name="Rejected">Rejected.</param>
/// <param name="ApprovalRate">Approved ÷ review decisions (approved + returned + rejected), 0–1; null without decisions.</param>
public sealed record SubmissionStatistics(int Received, int AwaitingReview, int Approved, int Returned, int Rejected, double? ApprovalRate)
{
    /// <summary>No submissions.</summary>
    public static SubmissionStatistics None { get; } = new(0, 0, 0, 0, 0, null);
}
