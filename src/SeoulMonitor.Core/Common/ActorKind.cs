namespace SeoulMonitor.Core.Common;

/// <summary>Who performs an action.</summary>
public enum ActorKind
{
    /// <summary>A program staff member of the city.</summary>
    Staff,

    /// <summary>A department officer.</summary>
    Department,

    /// <summary>A monitor acting on their own records.</summary>
    Monitor,

    /// <summary>An anonymous citizen (for example submitting an application).</summary>
    Citizen,

    /// <summary>The system itself (scheduled jobs such as term expiry).</summary>
    System,
}
