using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>Why an address is suppressed.</summary>
public enum SuppressionReason
{
    /// <summary>A hard bounce (permanent failure).</summary>
    [Name("Hard bounce", "영구 반송")]
    HardBounce,

    /// <summary>A complaint (marked as spam).</summary>
    [Name("Complaint", "스팸 신고")]
    Complaint,

    /// <summary>Entered by staff.</summary>
    [Name("Staff entry", "담당자 등록")]
    Staff,
}
