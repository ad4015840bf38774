namespace SeoulMonitor.Core.Training;

/// <summary>One monitor's registration for one session (a single row per pair, reused when they register again).</summary>
public sealed class TrainingRegistration
{
    /// <summary>Identifier (the audit entity id).</summary>
    public Guid Id { get; init; }

    /// <summary>The session.</summary>
    public Guid SessionId { get; init; }

    /// <summary>The monitor.</summary>
    public Guid MonitorId { get; init; }

    /// <summary>Current state (the outcome).</summary>
    public TrainingRegistrationState State { get; set; }

    /// <summary>SHA-256 (hex) of the session id and the attendance code; the code itself is never stored.</summary>
    public required string CodeHash { get; set; }

    /// <summary>When the monitor (last) registered (UTC).</summary>
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>When the monitor checked in (UTC).</summary>
    public DateTimeOffset? AttendedAt { get; set; }

    /// <summary>The reason of a cancellation by staff or with the session.</summary>
    public string? StateReason { get; set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }
}
