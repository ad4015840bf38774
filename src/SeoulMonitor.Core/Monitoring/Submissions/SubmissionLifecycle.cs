using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The transition table of field submissions.</summary>
public static class SubmissionLifecycle
{
    /// <summary>The audit entity type of submissions.</summary>
    public const string Entity = "field_submission";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<SubmissionState, SubmissionEvent> Table { get; } = new(
        Entity,
        (SubmissionState.Received, SubmissionEvent.Approve, SubmissionState.Approved),
        (SubmissionState.Received, SubmissionEvent.Return, SubmissionState.Returned),
        (SubmissionState.Received, SubmissionEvent.Reject, SubmissionState.Rejected),
        (SubmissionState.Returned, SubmissionEvent.Supersede, SubmissionState.Superseded));
}
