namespace SeoulMonitor.Core.Incentives;

/// <summary>Limits shared by incentives, budget, insurance, awards and advisers. Money is whole Korean won (KRW).</summary>
public static class IncentiveLimits
{
    /// <summary>Largest amount of one entry, payment or allowance, in won (10 million).</summary>
    public const long MaxEntryAmount = 10_000_000;

    /// <summary>Largest budget line, in won (100 billion).</summary>
    public const long MaxLineAmount = 100_000_000_000;

    /// <summary>Longest name (line, category, adviser, plaque title), in characters.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Longest free text (topic, description, reason), in characters.</summary>
    public const int TextMaxLength = 2000;

    /// <summary>First program year accepted.</summary>
    public const int MinYear = 2009;

    /// <summary>Last program year accepted.</summary>
    public const int MaxYear = 2100;
}
