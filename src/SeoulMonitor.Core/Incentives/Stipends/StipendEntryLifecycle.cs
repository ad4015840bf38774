using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The transition table of stipend entries.</summary>
public static class StipendEntryLifecycle
{
    /// <summary>The audit entity type of stipend entries.</summary>
    public const string Entity = "stipend_entry";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<StipendEntryState, StipendEntryEvent> Table { get; } = new(
        Entity,
        (StipendEntryState.Calculated, StipendEntryEvent.Approve, StipendEntryState.Approved),
        (StipendEntryState.Calculated, StipendEntryEvent.Hold, StipendEntryState.Held),
        (StipendEntryState.Calculated, StipendEntryEvent.Reverse, StipendEntryState.Reversed),
        (StipendEntryState.Approved, StipendEntryEvent.Hold, StipendEntryState.Held),
        (StipendEntryState.Approved, StipendEntryEvent.Export, StipendEntryState.Exported),
        (StipendEntryState.Approved, StipendEntryEvent.Reverse, StipendEntryState.Reversed),
        (StipendEntryState.Held, StipendEntryEvent.Release, StipendEntryState.Calculated),
        (StipendEntryState.Held, StipendEntryEvent.Reverse, StipendEntryState.Reversed),
        (StipendEntryState.Exported, StipendEntryEvent.Pay, StipendEntryState.Paid));
}
