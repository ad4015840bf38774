namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>An invitation of an awarded monitor to the mayor's dialogue with the best monitors.</summary>
public sealed class DialogueInvitation
{
    /// <summary>The cycle.</summary>
    public Guid CycleId { get; init; }

    /// <summary>The monitor.</summary>
    public Guid MonitorId { get; init; }

    /// <summary>When it was made (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
