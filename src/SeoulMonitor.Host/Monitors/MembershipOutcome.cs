using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Host.Monitors;

/// <summary>
/// The result of a staff membership transition, without personal data: staff read the monitor's data only through
/// the access-logged GET with a stated purpose.
/// </summary>
public sealed record MembershipOutcome(Guid Id, MembershipState State, string StateNameKo, DateOnly TermEndsOn, string? StateReason)
{
    internal static MembershipOutcome From(MembershipView view) =>
        new(view.Id, view.State, view.StateNameKo, view.TermEndsOn, view.StateReason);
}
