namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>The limits of injury insurance (rosters and claims).</summary>
public static class InsuranceLimits
{
    /// <summary>Longest claim description, in characters.</summary>
    public const int DescriptionMaxLength = IncentiveLimits.TextMaxLength;

    /// <summary>Longest decline reason, in characters.</summary>
    public const int ReasonMaxLength = IncentiveLimits.TextMaxLength;

    /// <summary>Smallest insurer payment, in won.</summary>
    public const long MinPaidAmount = 1;

    /// <summary>Largest insurer payment, in won (<see cref="IncentiveLimits.MaxEntryAmount"/>).</summary>
    public const long MaxPaidAmount = IncentiveLimits.MaxEntryAmount;

    /// <summary>Most claims one listing returns.</summary>
    public const int MaxListedClaims = 5000;
}
