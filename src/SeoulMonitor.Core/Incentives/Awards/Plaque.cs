namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>A plaque of appreciation (감사패) given to a monitor or a community.</summary>
public sealed class Plaque
{
    /// <summary>The plaque's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The award cycle it belongs to, if any.</summary>
    public Guid? CycleId { get; init; }

    /// <summary>A monitor or a community.</summary>
    public CandidateKind RecipientKind { get; init; }

    /// <summary>The membership or community id.</summary>
    public Guid RecipientId { get; init; }

    /// <summary>The title, e.g. "2026 우수 시민모니터".</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The day it was given (Seoul calendar).</summary>
    public DateOnly AwardedOn { get; init; }
}
