namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>One published form version.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Number">The version number (1, 2, …).</param>
/// <param name="Definition">The questions.</param>
/// <param name="CreatedAt">When it was published (UTC).</param>
/// <param name="IsCurrent">Whether new submissions use it.</param>
public sealed record FormVersionView(Guid TaskId, int Number, FormDefinition Definition, DateTimeOffset CreatedAt, bool IsCurrent)
{
    internal static FormVersionView From(TaskFormVersion v, int current) =>
        new(v.TaskId, v.Number, FormJson.Deserialize(v.Definition), v.CreatedAt, v.Number == current);
}
