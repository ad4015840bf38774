using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// The application lifecycle: Submitted → {Approved, Rejected, ReturnedForInfo, Withdrawn};
/// ReturnedForInfo → {Submitted (resubmission), Withdrawn}. Approved, Rejected and Withdrawn are terminal.
/// </summary>
public static class ApplicationLifecycle
{
    /// <summary>The entity name used in audit records and error codes.</summary>
    public const string Entity = "application";

    /// <summary>The transition table.</summary>
    public static TransitionTable<ApplicationState, ApplicationEvent> Table { get; } = new(
        Entity,
        (ApplicationState.Submitted, ApplicationEvent.Approve, ApplicationState.Approved),
        (ApplicationState.Submitted, ApplicationEvent.Reject, ApplicationState.Rejected),
        (ApplicationState.Submitted, ApplicationEvent.ReturnForInfo, ApplicationState.ReturnedForInfo),
        (ApplicationState.Submitted, ApplicationEvent.Withdraw, ApplicationState.Withdrawn),
        (ApplicationState.ReturnedForInfo, ApplicationEvent.Resubmit, ApplicationState.Submitted),
        (ApplicationState.ReturnedForInfo, ApplicationEvent.Withdraw, ApplicationState.Withdrawn));

    /// <summary>Whether an application in this state still holds its applicant's identity (blocks duplicates).</summary>
    public static bool IsOpen(ApplicationState state) => state is ApplicationState.Submitted or ApplicationState.ReturnedForInfo;
}
