namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The explicit limits of recoveries.</summary>
public static class RecoveryLimits
{
    /// <summary>Shortest finance reference of a collection, in characters.</summary>
    public const int ReferenceMinLength = 2;

    /// <summary>Longest finance reference of a collection, in characters.</summary>
    public const int ReferenceMaxLength = 100;

    /// <summary>Most recoveries listed by one query.</summary>
    public const int MaxListed = 5000;
}
