using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitors;

/// <summary>The states of a monitor application.</summary>
public enum ApplicationState
{
    /// <summary>Waiting for screening.</summary>
    [Name("Submitted", "접수")]
    Submitted,

    /// <summary>Approved; a membership was created.</summary>
    [Name("Approved", "승인")]
    Approved,

    /// <summary>Rejected by staff, with a reason.</summary>
    [Name("Rejected", "반려")]
    Rejected,

    /// <summary>Returned to the applicant for more information, with a reason.</summary>
    [Name("Returned for information", "보완 요청")]
    ReturnedForInfo,

    /// <summary>Withdrawn by the applicant.</summary>
    [Name("Withdrawn", "신청 취소")]
    Withdrawn,
}
