using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The events of the submission lifecycle (receiving creates the record).</summary>
public enum SubmissionEvent
{
    /// <summary>A reviewer approves it.</summary>
    [Name("approved", "승인")]
    Approve,

    /// <summary>A reviewer returns it with a reason.</summary>
    [Name("returned", "보완 요청")]
    Return,

    /// <summary>A reviewer rejects it with a reason.</summary>
    [Name("rejected", "반려")]
    Reject,

    /// <summary>The monitor's resubmission replaces a returned submission.</summary>
    [Name("superseded", "재제출")]
    Supersede,
}
