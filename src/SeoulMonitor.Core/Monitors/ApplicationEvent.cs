using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitors;

/// <summary>The events of a monitor application after submission (one <see cref="ApplicationService"/> method each).</summary>
public enum ApplicationEvent
{
    /// <summary>Staff approve the application (eligibility is checked again).</summary>
    [Name("approved", "승인")]
    Approve,

    /// <summary>Staff reject the application with a reason.</summary>
    [Name("rejected", "반려")]
    Reject,

    /// <summary>Staff return the application for more information with a reason.</summary>
    [Name("returned for information", "보완 요청")]
    ReturnForInfo,

    /// <summary>The applicant resubmits corrected data.</summary>
    [Name("resubmitted", "재제출")]
    Resubmit,

    /// <summary>The applicant withdraws the application.</summary>
    [Name("withdrawn", "신청 취소")]
    Withdraw,
}
