using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>The states of an injury claim.</summary>
public enum InsuranceClaimState
{
    /// <summary>Recorded; sent to the insurer.</summary>
    [Name("Filed", "접수")]
    Filed,

    /// <summary>The insurer paid (amount recorded).</summary>
    [Name("Paid", "지급")]
    Paid,

    /// <summary>The insurer declined (reason recorded).</summary>
    [Name("Declined", "부지급")]
    Declined,
}
