using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.Training;

/// <summary>The transition tables of training sessions and registrations.</summary>
public static class TrainingLifecycle
{
    /// <summary>The audit entity type of sessions.</summary>
    public const string SessionEntity = "training_session";

    /// <summary>The audit entity type of registrations.</summary>
    public const string RegistrationEntity = "training_registration";

    /// <summary>The session lifecycle.</summary>
    public static TransitionTable<TrainingSessionState, TrainingSessionEvent> Session { get; } = new(
        SessionEntity,
        (TrainingSessionState.Scheduled, TrainingSessionEvent.CloseRegistration, TrainingSessionState.RegistrationClosed),
        (TrainingSessionState.Scheduled, TrainingSessionEvent.Complete, TrainingSessionState.Completed),
        (TrainingSessionState.Scheduled, TrainingSessionEvent.Cancel, TrainingSessionState.Cancelled),
        (TrainingSessionState.RegistrationClosed, TrainingSessionEvent.Complete, TrainingSessionState.Completed),
        (TrainingSessionState.RegistrationClosed, TrainingSessionEvent.Cancel, TrainingSessionState.Cancelled));

    /// <summary>The registration lifecycle.</summary>
    public static TransitionTable<TrainingRegistrationState, TrainingRegistrationEvent> Registration { get; } = new(
        RegistrationEntity,
        (TrainingRegistrationState.Registered, TrainingRegistrationEvent.CheckIn, TrainingRegistrationState.Attended),
        (TrainingRegistrationState.Registered, TrainingRegistrationEvent.Cancel, TrainingRegistrationState.Cancelled),
        (TrainingRegistrationState.Registered, TrainingRegistrationEvent.MarkNoShow, TrainingRegistrationState.NoShow),
        (TrainingRegistrationState.Cancelled, TrainingRegistrationEvent.Register, TrainingRegistrationState.Registered));
}
