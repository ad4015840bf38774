namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The explicit limits of stipend rules, approvals and payouts.</summary>
public static class StipendLimits
{
    /// <summary>Smallest amount of a rule, in won (0 = nothing is paid).</summary>
    public const long MinRuleAmount = 0;

    /// <summary>Largest amount of a rule, in won (<see cref="IncentiveLimits.MaxEntryAmount"/>).</summary>
    public const long MaxRuleAmount = IncentiveLimits.MaxEntryAmount;

    /// <summary>Most entries approved in one call (all or nothing).</summary>
    public const int MaxApprovalBatch = 500;

    /// <summary>Shortest hold reason, in characters.</summary>
    public const int ReasonMinLength = 2;

    /// <summary>Longest hold reason, in characters.</summary>
    public const int ReasonMaxLength = IncentiveLimits.TextMaxLength;

    /// <summary>Most entries in one page of the staff list (the default page size); later pages start after the last id.</summary>
    public const int MaxListed = 5000;

    /// <summary>How often a recalculation that lost a race on a derivation key is run again.</summary>
    public const int RecalculationAttempts = 3;
}
