using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>
/// A suppression lifted by staff: the record of the lift, and the durable order to lift it in the mail engine's list
/// too, written in the same transaction as the removal of the entry. Pending until <see cref="AppliedAt"/> is set; a
/// failed attempt is retried with a growing delay (never given up), so a crash between the two writes loses nothing.
/// Kept afterwards as the lift's history: an engine entry no newer than the latest lift of its address is the lift's
/// own stale copy and is not mirrored back.
/// </summary>
public sealed class SuppressionLift
{
    /// <summary>The lift's id (ascending: the order lifts are applied in).</summary>
    public long Id { get; init; }

    /// <summary>E-mail or SMS.</summary>
    public DeliveryChannel Channel { get; init; }

    /// <summary>Lower-case hex SHA-256 of the normalised address.</summary>
    public string AddressHash { get; init; } = string.Empty;

    /// <summary>The normalised address, or null when the entry held only the hash (nothing to lift in the engine).</summary>
    public string? Address { get; init; }

    /// <summary>The lifted entry's reason.</summary>
    public SuppressionReason EntryReason { get; init; }

    /// <summary>The lifted entry's source.</summary>
    public SuppressionSource EntrySource { get; init; }

    /// <summary>When the lifted entry was created (UTC).</summary>
    public DateTimeOffset EntryCreatedAt { get; init; }

    /// <summary>When it was lifted (UTC).</summary>
    public DateTimeOffset LiftedAt { get; init; }

    /// <summary>Who lifted it (<c>staff:{id}</c>).</summary>
    public string LiftedBy { get; init; } = string.Empty;

    /// <summary>Why (required).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>When the mail engine's list was brought in line (UTC), or null while pending.</summary>
    public DateTimeOffset? AppliedAt { get; set; }

    /// <summary>What the engine step did (see <see cref="SuppressionLiftOutcome"/>), or null while pending.</summary>
    public SuppressionLiftOutcome? Outcome { get; set; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not tried again before this instant (UTC), after a failure.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The last failure, if any.</summary>
    public string? LastError { get; set; }
}
