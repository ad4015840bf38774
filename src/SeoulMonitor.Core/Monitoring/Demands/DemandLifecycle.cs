using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>The transition table of task demands.</summary>
public static class DemandLifecycle
{
    /// <summary>The audit entity type of demands.</summary>
    public const string Entity = "task_demand";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<DemandState, DemandEvent> Table { get; } = new(
        Entity,
        (DemandState.Submitted, DemandEvent.Select, DemandState.Selected),
        (DemandState.Submitted, DemandEvent.Reject, DemandState.Rejected),
        (DemandState.Submitted, DemandEvent.Defer, DemandState.Deferred),
        (DemandState.Submitted, DemandEvent.ReturnForInfo, DemandState.ReturnedForInfo),
        (DemandState.Submitted, DemandEvent.Withdraw, DemandState.Withdrawn),
        (DemandState.Deferred, DemandEvent.Resubmit, DemandState.Submitted),
        (DemandState.Deferred, DemandEvent.Withdraw, DemandState.Withdrawn),
        (DemandState.ReturnedForInfo, DemandEvent.Resubmit, DemandState.Submitted),
        (DemandState.ReturnedForInfo, DemandEvent.Withdraw, DemandState.Withdrawn));
}
