using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>The events of the claim lifecycle (filing creates the record).</summary>
public enum InsuranceClaimEvent
{
    /// <summary>The insurer paid.</summary>
    [Name("paid", "지급")]
    Pay,

    /// <summary>The insurer declined, with a reason.</summary>
    [Name("declined", "부지급")]
    Decline,
}
