namespace SeoulMonitor.Core.Training;

/// <summary>One session in a monitor's training history.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Title">Its title.</param>
/// <param name="Location">Its location.</param>
/// <param name="StartsAt">Its start (UTC).</param>
/// <param name="EndsAt">Its end (UTC).</param>
/// <param name="Outcome">Registered, Attended, Cancelled or NoShow.</param>
/// <param name="RegisteredAt">When the monitor registered.</param>
/// <param name="AttendedAt">When the monitor checked in.</param>
public sealed record TrainingHistoryEntry(
    Guid SessionId, string Title, string Location, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    TrainingRegistrationState Outcome, DateTimeOffset RegisteredAt, DateTimeOffset? AttendedAt);
