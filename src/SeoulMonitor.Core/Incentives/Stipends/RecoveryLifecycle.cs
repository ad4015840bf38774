using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The transition table of recoveries.</summary>
public static class RecoveryLifecycle
{
    /// <summary>The audit entity type of recoveries.</summary>
    public const string Entity = "stipend_recovery";

    /// <summary>The lifecycle (a partial netting keeps the recovery due).</summary>
    public static TransitionTable<RecoveryState, RecoveryEvent> Table { get; } = new(
        Entity,
        (RecoveryState.Due, RecoveryEvent.Deduct, RecoveryState.Due),
        (RecoveryState.Due, RecoveryEvent.Net, RecoveryState.Netted),
        (RecoveryState.Due, RecoveryEvent.Collect, RecoveryState.Collected));
}
