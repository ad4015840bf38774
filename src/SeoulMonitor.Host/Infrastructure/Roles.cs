namespace SeoulMonitor.Host.Infrastructure;

/// <summary>The role claim values the host understands.</summary>
public static class Roles
{
    /// <summary>Program staff of the city.</summary>
    public const string Staff = "staff";

    /// <summary>A department officer (with a <c>department</c> claim).</summary>
    public const string Department = "department";

    /// <summary>A monitor (with a <c>monitor_id</c> claim); sees and changes only their own records.</summary>
    public const string Monitor = "monitor";

    /// <summary>A monitor who leads a community (also with a <c>monitor_id</c> claim).</summary>
    public const string CommunityLeader = "community-leader";
}
