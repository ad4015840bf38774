namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>The explicit limits of community activity reports.</summary>
public static class CommunityActivityLimits
{
    /// <summary>Shortest title, in characters.</summary>
    public const int TitleMinLength = 2;

    /// <summary>Longest title, in characters.</summary>
    public const int TitleMaxLength = IncentiveLimits.NameMaxLength;

    /// <summary>Fewest attendees (the upper bound is the community's member count).</summary>
    public const int MinAttendees = 1;

    /// <summary>How many days back an activity may be reported (a year and a day).</summary>
    public const int MaxAgeDays = 366;

    /// <summary>Shortest rejection reason, in characters.</summary>
    public const int ReasonMinLength = 2;

    /// <summary>Longest rejection reason, in characters.</summary>
    public const int ReasonMaxLength = IncentiveLimits.TextMaxLength;
}
