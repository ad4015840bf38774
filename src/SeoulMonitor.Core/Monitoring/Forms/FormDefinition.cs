namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>The questions of one version of a task form, in order.</summary>
public sealed record FormDefinition
{
    /// <summary>The questions.</summary>
    public required IReadOnlyList<FormQuestion> Questions { get; init; }
}
