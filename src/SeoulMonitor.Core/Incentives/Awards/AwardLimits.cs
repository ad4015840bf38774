namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The limits of award cycles and scoring.</summary>
public static class AwardLimits
{
    /// <summary>Fewest monitor awards a cycle declares.</summary>
    public const int MinMonitorAwards = 1;

    /// <summary>Most monitor awards a cycle declares.</summary>
    public const int MaxMonitorAwards = 100;

    /// <summary>Fewest community awards a cycle declares (none is allowed).</summary>
    public const int MinCommunityAwards = 0;

    /// <summary>Most community awards a cycle declares.</summary>
    public const int MaxCommunityAwards = 20;

    /// <summary>Largest weight (or penalty) of one score part, in points per counted item.</summary>
    public const int MaxWeight = 1000;

    /// <summary>Longest committee note, in characters.</summary>
    public const int NoteMaxLength = IncentiveLimits.TextMaxLength;

    /// <summary>The score is stored as points × this factor (an integer, so ranks are exact).</summary>
    public const int ScoreScale = 100;
}
