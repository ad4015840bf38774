using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The states of a stipend entry.</summary>
public enum StipendEntryState
{
    /// <summary>Derived from a rule; not yet approved.</summary>
    [Name("Calculated", "산정")]
    Calculated,

    /// <summary>Approved by staff; committed against its budget line.</summary>
    [Name("Approved", "승인")]
    Approved,

    /// <summary>Exported in a payout batch.</summary>
    [Name("Exported", "지급 요청")]
    Exported,

    /// <summary>Paid (the batch was paid); moved from committed to paid on its budget line.</summary>
    [Name("Paid", "지급 완료")]
    Paid,

    /// <summary>Held by staff with a reason (not paid until released).</summary>
    [Name("Held", "보류")]
    Held,

    /// <summary>Cancelled by its reversal before it was paid.</summary>
    [Name("Reversed", "정정됨")]
    Reversed,
}
