namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>A year's award cycle for excellent monitors and communities.</summary>
public sealed class AwardCycle
{
    /// <summary>The cycle's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The program year it rewards (unique).</summary>
    public int Year { get; init; }

    /// <summary>The state.</summary>
    public AwardCycleState State { get; set; }

    /// <summary>How many monitors are awarded.</summary>
    public int MonitorAwards { get; set; }

    /// <summary>How many communities are awarded.</summary>
    public int CommunityAwards { get; set; }

    /// <summary>When it was opened (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
