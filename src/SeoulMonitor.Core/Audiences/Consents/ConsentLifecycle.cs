using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>
/// The consent lifecycle (events are <see cref="ConsentEventKind"/>, each written to the append-only history):
/// Pending → Active (confirmed) | Unconfirmed (token expired) | Withdrawn; Active → Active (reaffirmed, reminder
/// queued, night sending added) | Withdrawn | Lapsed; an ended consent (Withdrawn, Lapsed, Unconfirmed) can be given again: Pending through
/// the web form, Active when recorded by staff or an import. A new consent row is never made for the same subscriber,
/// list and channel: the row is the current state, the events are the history.
/// </summary>
public static class ConsentLifecycle
{
    /// <summary>The entity name used in error codes (<c>consent.transition.*</c>).</summary>
    public const string Entity = "consent";

    /// <summary>The transition table.</summary>
    public static TransitionTable<ConsentState, ConsentEventKind> Table { get; } = new(
        Entity,
        (ConsentState.Pending, ConsentEventKind.Confirmed, ConsentState.Active),
        (ConsentState.Pending, ConsentEventKind.Unconfirmed, ConsentState.Unconfirmed),
        (ConsentState.Pending, ConsentEventKind.Withdrawn, ConsentState.Withdrawn),
        (ConsentState.Pending, ConsentEventKind.Given, ConsentState.Pending),
        (ConsentState.Pending, ConsentEventKind.Recorded, ConsentState.Active),
        (ConsentState.Active, ConsentEventKind.Reaffirmed, ConsentState.Active),
        (ConsentState.Active, ConsentEventKind.ReminderQueued, ConsentState.Active),
        (ConsentState.Active, ConsentEventKind.NightSendingGiven, ConsentState.Active),
        (ConsentState.Active, ConsentEventKind.Withdrawn, ConsentState.Withdrawn),
        (ConsentState.Active, ConsentEventKind.Lapsed, ConsentState.Lapsed),
        (ConsentState.Withdrawn, ConsentEventKind.Given, ConsentState.Pending),
        (ConsentState.Withdrawn, ConsentEventKind.Recorded, ConsentState.Active),
        (ConsentState.Lapsed, ConsentEventKind.Given, ConsentState.Pending),
        (ConsentState.Lapsed, ConsentEventKind.Recorded, ConsentState.Active),
        (ConsentState.Unconfirmed, ConsentEventKind.Given, ConsentState.Pending),
        (ConsentState.Unconfirmed, ConsentEventKind.Recorded, ConsentState.Active));

    /// <summary>Whether a consent in <paramref name="state"/>, renewing at <paramref name="renewalDueAt"/>, allows a send at <paramref name="now"/>.</summary>
    public static bool AllowsSending(ConsentState state, DateTimeOffset? renewalDueAt, DateTimeOffset now)
        => state == ConsentState.Active && (renewalDueAt is null || now < renewalDueAt.Value);
}
