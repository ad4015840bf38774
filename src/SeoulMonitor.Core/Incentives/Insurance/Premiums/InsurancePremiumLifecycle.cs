using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>The transition table of insurance premiums: recorded → paid, or recorded → cancelled.</summary>
public static class InsurancePremiumLifecycle
{
    /// <summary>The audit entity type of premiums.</summary>
    public const string Entity = "insurance_premium";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<InsurancePremiumState, InsurancePremiumEvent> Table { get; } = new(
        Entity,
        (InsurancePremiumState.Recorded, InsurancePremiumEvent.Pay, InsurancePremiumState.Paid),
        (InsurancePremiumState.Recorded, InsurancePremiumEvent.Cancel, InsurancePremiumState.Cancelled));
}
