namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>The limits of the adviser pool and its consultations.</summary>
public static class AdviserLimits
{
    /// <summary>Largest allowance of one consultation, in won (2 million).</summary>
    public const long MaxAllowance = 2_000_000;

    /// <summary>Longest adviser name, in characters.</summary>
    public const int NameMaxLength = 100;

    /// <summary>Longest field of expertise, affiliation or topic, in characters.</summary>
    public const int TextMaxLength = IncentiveLimits.NameMaxLength;

    /// <summary>Longest cancellation reason, in characters.</summary>
    public const int ReasonMaxLength = IncentiveLimits.TextMaxLength;

    /// <summary>Most advisers or consultations in one list.</summary>
    public const int MaxListed = 1000;

    /// <summary>How many times a unit of work is run again after a transient conflict between concurrent writers.</summary>
    public const int TransientRetries = 5;
}
