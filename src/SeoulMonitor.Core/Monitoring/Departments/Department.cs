namespace SeoulMonitor.Core.Monitoring.Departments;

/// <summary>
/// A city department that requests monitoring and answers with reflection results. Its officers are identified by
/// <see cref="Name"/> (the <c>department</c> claim of their tokens); notices go to <see cref="ContactEmail"/>.
/// </summary>
public sealed class Department
{
    /// <summary>The department's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The department's official Korean name (unique), e.g. 시민봉사담당관.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The address that receives the department's notices (findings sent, reminders, overdue).</summary>
    public string? ContactEmail { get; set; }

    /// <summary>When it was registered (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
