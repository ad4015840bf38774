namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// A monitor: created when an application is approved; its id is the monitor's id everywhere else
/// (communities, training, tasks).
/// </summary>
public sealed class Membership
{
    /// <summary>The monitor's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The approved application this membership came from.</summary>
    public Guid ApplicationId { get; init; }

    /// <summary>Current state.</summary>
    public MembershipState State { get; set; }

    /// <summary>The last day (Seoul calendar) of the current yearly term.</summary>
    public DateOnly TermEndsOn { get; set; }

    /// <summary>When the membership started (UTC).</summary>
    public DateTimeOffset JoinedAt { get; init; }

    /// <summary>The reason of the last suspension or removal.</summary>
    public string? StateReason { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }
}
