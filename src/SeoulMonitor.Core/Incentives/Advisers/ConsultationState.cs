using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>The states of a consultation.</summary>
public enum ConsultationState
{
    /// <summary>Planned (its allowance committed on the advisory budget line).</summary>
    [Name("Planned", "예정")]
    Planned,

    /// <summary>Held; the allowance is due.</summary>
    [Name("Held", "개최")]
    Held,

    /// <summary>The allowance was paid (moved from committed to paid).</summary>
    [Name("Paid", "수당 지급")]
    Paid,

    /// <summary>Cancelled with a reason (the commitment released).</summary>
    [Name("Cancelled", "취소")]
    Cancelled,
}
