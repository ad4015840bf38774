namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>A community's activity (a meeting, a self-run monitoring walk, a proposal workshop), reported and verified.</summary>
public sealed class CommunityActivity
{
    /// <summary>The activity's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The community.</summary>
    public Guid CommunityId { get; init; }

    /// <summary>What was done.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The day it was held (Seoul calendar).</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>How many members took part.</summary>
    public int Attendees { get; set; }

    /// <summary>The state.</summary>
    public CommunityActivityState State { get; set; }

    /// <summary>The reason of a rejection.</summary>
    public string? Reason { get; set; }

    /// <summary>When it was reported (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
