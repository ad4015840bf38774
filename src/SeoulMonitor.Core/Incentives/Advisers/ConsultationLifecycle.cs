using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>The transition table of consultations.</summary>
public static class ConsultationLifecycle
{
    /// <summary>The audit entity type of consultations.</summary>
    public const string Entity = "consultation";

    /// <summary>The lifecycle.</summary>
    public static TransitionTable<ConsultationState, ConsultationEvent> Table { get; } = new(
        Entity,
        (ConsultationState.Planned, ConsultationEvent.Hold, ConsultationState.Held),
        (ConsultationState.Planned, ConsultationEvent.Cancel, ConsultationState.Cancelled),
        (ConsultationState.Held, ConsultationEvent.Pay, ConsultationState.Paid));
}
