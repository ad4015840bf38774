namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>The explicit limits of insurance premiums.</summary>
public static class PremiumLimits
{
    /// <summary>Smallest premium, in won.</summary>
    public const long MinAmount = 100;

    /// <summary>Largest premium, in won (<see cref="IncentiveLimits.MaxEntryAmount"/>, what the budget ledger moves at once).</summary>
    public const long MaxAmount = IncentiveLimits.MaxEntryAmount;

    /// <summary>Longest insurer name, in characters.</summary>
    public const int InsurerMaxLength = 100;

    /// <summary>Longest policy number, in characters (letters, digits, '-', '/' and '.').</summary>
    public const int PolicyNumberMaxLength = 50;

    /// <summary>Longest policy period, in days (start and end inclusive: a leap year).</summary>
    public const int MaxPeriodDays = 366;

    /// <summary>Shortest payment reference, in characters.</summary>
    public const int ReferenceMinLength = 2;

    /// <summary>Longest payment reference, in characters.</summary>
    public const int ReferenceMaxLength = 100;

    /// <summary>Shortest cancellation reason, in characters.</summary>
    public const int ReasonMinLength = 2;

    /// <summary>Longest cancellation reason, in characters.</summary>
    public const int ReasonMaxLength = IncentiveLimits.TextMaxLength;

    /// <summary>Most premiums one listing returns.</summary>
    public const int MaxListed = 1000;
}
