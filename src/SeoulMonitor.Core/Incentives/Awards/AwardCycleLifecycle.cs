using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The transition table of award cycles.</summary>
public static class AwardCycleLifecycle
{
    /// <summary>The audit entity type of award cycles.</summary>
    public const string Entity = "award_cycle";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<AwardCycleState, AwardCycleEvent> Table { get; } = new(
        Entity,
        (AwardCycleState.Open, AwardCycleEvent.ComputeNominations, AwardCycleState.NominationsComputed),
        (AwardCycleState.NominationsComputed, AwardCycleEvent.ComputeNominations, AwardCycleState.NominationsComputed),
        (AwardCycleState.NominationsComputed, AwardCycleEvent.StartReview, AwardCycleState.InReview),
        (AwardCycleState.InReview, AwardCycleEvent.Decide, AwardCycleState.Decided),
        (AwardCycleState.Decided, AwardCycleEvent.Announce, AwardCycleState.Announced));
}
