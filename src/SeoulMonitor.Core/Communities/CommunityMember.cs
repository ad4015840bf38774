namespace SeoulMonitor.Core.Communities;

/// <summary>One monitor's relation to one community (a single row per pair, reused when they come back).</summary>
public sealed class CommunityMember
{
    /// <summary>Identifier (the audit entity id).</summary>
    public Guid Id { get; init; }

    /// <summary>The community.</summary>
    public Guid CommunityId { get; init; }

    /// <summary>The monitor.</summary>
    public Guid MonitorId { get; init; }

    /// <summary>Current state.</summary>
    public CommunityMemberState State { get; set; }

    /// <summary>The role while a member.</summary>
    public CommunityRole Role { get; set; }

    /// <summary>The reason of the last removal or dissolution.</summary>
    public string? StateReason { get; set; }

    /// <summary>When the row was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }
}
