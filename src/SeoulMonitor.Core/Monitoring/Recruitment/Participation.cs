namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>One monitor's application to, and participation in, one task.</summary>
public sealed class Participation
{
    /// <summary>The participation's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The task.</summary>
    public Guid TaskId { get; init; }

    /// <summary>The monitor (the membership's id: the <c>monitor_id</c> of their tokens).</summary>
    public Guid MonitorId { get; init; }

    /// <summary>The state.</summary>
    public ParticipationState State { get; set; }

    /// <summary>Arrival order within the task (1, 2, …), assigned under the task's lock.</summary>
    public long Sequence { get; set; }

    /// <summary>The position the lottery drew (lottery tasks, after the draw).</summary>
    public int? LotteryRank { get; set; }

    /// <summary>When the monitor applied (UTC).</summary>
    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>When the participation was selected (UTC).</summary>
    public DateTimeOffset? SelectedAt { get; set; }

    /// <summary>The reason of a staff removal.</summary>
    public string? StateReason { get; set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
