using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The review states of a field submission.</summary>
public enum SubmissionState
{
    /// <summary>Received; waiting for review.</summary>
    [Name("Received", "접수")]
    Received,

    /// <summary>Approved by a reviewer.</summary>
    [Name("Approved", "승인")]
    Approved,

    /// <summary>Returned to the monitor with a reason; the monitor resubmits (a new revision supersedes it).</summary>
    [Name("Returned", "보완 요청")]
    Returned,

    /// <summary>Rejected, with a reason.</summary>
    [Name("Rejected", "반려")]
    Rejected,

    /// <summary>Replaced by the monitor's resubmission (history kept).</summary>
    [Name("Superseded", "재제출됨")]
    Superseded,
}
