namespace SeoulMonitor.Host.Training;

/// <summary>A reason (session cancellation, staff cancellation of a registration).</summary>
/// <param name="Reason">The reason.</param>
public sealed record TrainingReasonRequest(string? Reason);
