using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// The membership lifecycle: Active ⇄ Suspended; Active|Suspended → Withdrawn | Removed | Expired;
/// Expired → Active (renewal); Active → Active (early renewal in the last days of the term).
/// Withdrawn and Removed are terminal.
/// </summary>
public static class MembershipLifecycle
{
    /// <summary>The entity name used in audit records and error codes.</summary>
    public const string Entity = "membership";

    /// <summary>The transition table.</summary>
    public static TransitionTable<MembershipState, MembershipEvent> Table { get; } = new(
        Entity,
        (MembershipState.Active, MembershipEvent.Suspend, MembershipState.Suspended),
        (MembershipState.Suspended, MembershipEvent.Reinstate, MembershipState.Active),
        (MembershipState.Active, MembershipEvent.Withdraw, MembershipState.Withdrawn),
        (MembershipState.Suspended, MembershipEvent.Withdraw, MembershipState.Withdrawn),
        (MembershipState.Active, MembershipEvent.Remove, MembershipState.Removed),
        (MembershipState.Suspended, MembershipEvent.Remove, MembershipState.Removed),
        (MembershipState.Active, MembershipEvent.Expire, MembershipState.Expired),
        (MembershipState.Suspended, MembershipEvent.Expire, MembershipState.Expired),
        (MembershipState.Expired, MembershipEvent.Renew, MembershipState.Active),
        (MembershipState.Active, MembershipEvent.Renew, MembershipState.Active));

    /// <summary>Whether the membership can never change again.</summary>
    public static bool IsTerminal(MembershipState state) => state is MembershipState.Withdrawn or MembershipState.Removed;
}
