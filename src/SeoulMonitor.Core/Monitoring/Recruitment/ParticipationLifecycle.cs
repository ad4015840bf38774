using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>The transition table of participations.</summary>
public static class ParticipationLifecycle
{
    /// <summary>The audit entity type of participations.</summary>
    public const string Entity = "participation";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<ParticipationState, ParticipationEvent> Table { get; } = new(
        Entity,
        (ParticipationState.Applied, ParticipationEvent.Select, ParticipationState.Selected),
        (ParticipationState.Applied, ParticipationEvent.Waitlist, ParticipationState.Waitlisted),
        (ParticipationState.Applied, ParticipationEvent.Decline, ParticipationState.NotSelected),
        (ParticipationState.Applied, ParticipationEvent.Withdraw, ParticipationState.Withdrawn),
        (ParticipationState.Waitlisted, ParticipationEvent.Select, ParticipationState.Selected),
        (ParticipationState.Waitlisted, ParticipationEvent.Decline, ParticipationState.NotSelected),
        (ParticipationState.Waitlisted, ParticipationEvent.Withdraw, ParticipationState.Withdrawn),
        (ParticipationState.Selected, ParticipationEvent.Withdraw, ParticipationState.Withdrawn),
        (ParticipationState.Selected, ParticipationEvent.Complete, ParticipationState.Completed),
        (ParticipationState.Withdrawn, ParticipationEvent.Reapply, ParticipationState.Applied));
}
