namespace SeoulMonitor.Core.AccessLog;

/// <summary>Length limits of access-log fields.</summary>
public static class AccessLimits
{
    /// <summary>Longest purpose, in characters.</summary>
    public const int PurposeMaxLength = 200;

    /// <summary>Longest download reason, in characters.</summary>
    public const int ReasonMaxLength = 500;

    /// <summary>Shortest download reason, in characters (a reason must say something).</summary>
    public const int ReasonMinLength = 5;

    /// <summary>Longest review sign-off note, in characters.</summary>
    public const int ReviewNotesMaxLength = 2000;

    /// <summary>The earliest year a review can be asked for.</summary>
    public const int FirstReviewYear = 2000;

    /// <summary>The latest year a review can be asked for.</summary>
    public const int LastReviewYear = 2999;
}
