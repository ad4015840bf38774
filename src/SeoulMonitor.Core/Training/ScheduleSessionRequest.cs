namespace SeoulMonitor.Core.Training;

/// <summary>What staff give to schedule a session (instants as ISO 8601 strings with an offset).</summary>
/// <param name="Title">Title.</param>
/// <param name="Description">Description (optional).</param>
/// <param name="Location">Location.</param>
/// <param name="StartsAt">Start, e.g. <c>2026-03-10T14:00:00+09:00</c>.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Capacity">Seats, 1 to <see cref="TrainingLimits.MaxCapacity"/>.</param>
/// <param name="RegistrationDeadline">Registration deadline (optional; defaults to the start).</param>
public sealed record ScheduleSessionRequest(
    string? Title, string? Description, string? Location, string? StartsAt, string? EndsAt, int? Capacity, string? RegistrationDeadline);
