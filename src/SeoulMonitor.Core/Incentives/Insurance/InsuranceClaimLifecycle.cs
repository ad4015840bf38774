using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>The transition table of injury claims.</summary>
public static class InsuranceClaimLifecycle
{
    /// <summary>The audit entity type of claims.</summary>
    public const string Entity = "insurance_claim";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<InsuranceClaimState, InsuranceClaimEvent> Table { get; } = new(
        Entity,
        (InsuranceClaimState.Filed, InsuranceClaimEvent.Pay, InsuranceClaimState.Paid),
        (InsuranceClaimState.Filed, InsuranceClaimEvent.Decline, InsuranceClaimState.Declined));
}
