namespace SeoulMonitor.Core.Audit;

/// <summary>One state transition in the append-only, hash-chained audit log.</summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, from 1 without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>When the transition happened (UTC, truncated to 100 microseconds).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Kind of actor (staff, monitor, system, …).</summary>
    public required string ActorKind { get; init; }

    /// <summary>The actor's identifier.</summary>
    public required string ActorId { get; init; }

    /// <summary>The lifecycle (application, membership, community, …).</summary>
    public required string EntityType { get; init; }

    /// <summary>The record that changed.</summary>
    public required string EntityId { get; init; }

    /// <summary>The event that caused the transition.</summary>
    public required string Event { get; init; }

    /// <summary>The state before, or <see langword="null"/> when the record was created.</summary>
    public string? FromState { get; init; }

    /// <summary>The state after.</summary>
    public required string ToState { get; init; }

    /// <summary>The reason given, when the transition takes one.</summary>
    public string? Reason { get; init; }

    /// <summary>The hash of the previous entry (64 zeros for the first).</summary>
    public required string PreviousHash { get; init; }

    /// <summary>SHA-256 over this entry's fields and <see cref="PreviousHash"/>, lower-case hex.</summary>
    public string Hash { get; internal set; } = string.Empty;
}
