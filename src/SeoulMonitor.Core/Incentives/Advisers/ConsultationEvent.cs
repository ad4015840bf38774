using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>The events of the consultation lifecycle (planning creates the record).</summary>
public enum ConsultationEvent
{
    /// <summary>Staff record it held.</summary>
    [Name("held", "개최")]
    Hold,

    /// <summary>Staff record the allowance paid.</summary>
    [Name("paid", "수당 지급")]
    Pay,

    /// <summary>Staff cancel it with a reason.</summary>
    [Name("cancelled", "취소")]
    Cancel,
}
