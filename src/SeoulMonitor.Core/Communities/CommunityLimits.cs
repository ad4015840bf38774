namespace SeoulMonitor.Core.Communities;

/// <summary>Size limits of communities and their fields.</summary>
public static class CommunityLimits
{
    /// <summary>Shortest name, in characters (after trimming).</summary>
    public const int NameMinLength = 2;

    /// <summary>Longest name, in characters.</summary>
    public const int NameMaxLength = 60;

    /// <summary>Longest description, in characters.</summary>
    public const int DescriptionMaxLength = 2000;

    /// <summary>Most current members (leader included).</summary>
    public const int MaxMembers = 200;

    /// <summary>Longest reason (rejection, dissolution, removal), in characters.</summary>
    public const int ReasonMaxLength = 1000;
}
