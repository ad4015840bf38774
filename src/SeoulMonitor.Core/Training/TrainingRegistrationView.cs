namespace SeoulMonitor.Core.Training;

/// <summary>A registration as callers see it (never with its code).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="SessionId">The session.</param>
/// <param name="MonitorId">The monitor.</param>
/// <param name="State">Current state (outcome).</param>
/// <param name="RegisteredAt">When the monitor (last) registered.</param>
/// <param name="AttendedAt">When the monitor checked in.</param>
/// <param name="StateReason">Reason of a cancellation by staff or with the session.</param>
public sealed record TrainingRegistrationView(
    Guid Id, Guid SessionId, Guid MonitorId, TrainingRegistrationState State, DateTimeOffset RegisteredAt, DateTimeOffset? AttendedAt, string? StateReason)
{
    internal static TrainingRegistrationView From(TrainingRegistration r) =>
        new(r.Id, r.SessionId, r.MonitorId, r.State, r.RegisteredAt, r.AttendedAt, r.StateReason);
}
