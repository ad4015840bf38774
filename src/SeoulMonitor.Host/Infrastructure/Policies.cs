namespace SeoulMonitor.Host.Infrastructure;

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    /// <summary>Staff only.</summary>
    public const string Staff = "staff";

    /// <summary>Department officers with a department claim.</summary>
    public const string Department = "department";

    /// <summary>Monitors (including community leaders) with a monitor_id claim.</summary>
    public const string Monitor = "monitor";

    /// <summary>Community leaders with a monitor_id claim; the domain checks which community they lead.</summary>
    public const string CommunityLeader = "community-leader";
}
