namespace SeoulMonitor.Core.Training;

/// <summary>A session as callers see it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">Description.</param>
/// <param name="Location">Location.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC).</param>
/// <param name="Capacity">Seats.</param>
/// <param name="RegistrationDeadline">Registration deadline (UTC).</param>
/// <param name="State">Current state.</param>
/// <param name="SeatsTaken">Registered and attended registrations.</param>
/// <param name="RegistrationOpen">Whether registration is open now (scheduled and before the deadline).</param>
/// <param name="StateReason">The reason of a cancellation.</param>
public sealed record TrainingSessionView(
    Guid Id,
    string Title,
    string Description,
    string Location,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity,
    DateTimeOffset RegistrationDeadline,
    TrainingSessionState State,
    int SeatsTaken,
    bool RegistrationOpen,
    string? StateReason)
{
    internal static TrainingSessionView From(TrainingSession s, int seatsTaken, DateTimeOffset now) => new(
        s.Id, s.Title, s.Description, s.Location, s.StartsAt, s.EndsAt, s.Capacity, s.RegistrationDeadline, s.State, seatsTaken,
        s.State == TrainingSessionState.Scheduled && now <= s.RegistrationDeadline, s.StateReason);
}
