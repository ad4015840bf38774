namespace SeoulMonitor.Core.Training;

/// <summary>A training session monitors register for and attend.</summary>
public sealed class TrainingSession
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; set; }

    /// <summary>Description.</summary>
    public required string Description { get; set; }

    /// <summary>Where it is held.</summary>
    public required string Location { get; set; }

    /// <summary>When it starts (UTC).</summary>
    public DateTimeOffset StartsAt { get; set; }

    /// <summary>When it ends (UTC).</summary>
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>Seats.</summary>
    public int Capacity { get; set; }

    /// <summary>Registration is accepted until this instant (UTC).</summary>
    public DateTimeOffset RegistrationDeadline { get; set; }

    /// <summary>Current state.</summary>
    public TrainingSessionState State { get; set; }

    /// <summary>The reason of a cancellation.</summary>
    public string? StateReason { get; set; }

    /// <summary>When it was scheduled (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }
}
