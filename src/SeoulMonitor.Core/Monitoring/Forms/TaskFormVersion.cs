namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>
/// One published version of a task's form. Versions are immutable: a change publishes a new version, and each
/// submission is validated against the version it was made for.
/// </summary>
public sealed class TaskFormVersion
{
    /// <summary>The version's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The task.</summary>
    public Guid TaskId { get; init; }

    /// <summary>The version number (1, 2, …) within the task.</summary>
    public int Number { get; init; }

    /// <summary>The definition as JSON (<see cref="FormJson"/>).</summary>
    public string Definition { get; init; } = string.Empty;

    /// <summary>When it was published (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who published it (the audit actor's id).</summary>
    public string CreatedBy { get; init; } = string.Empty;
}
