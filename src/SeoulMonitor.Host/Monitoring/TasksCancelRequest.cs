namespace SeoulMonitor.Host.Monitoring;

/// <summary>The reason of a task's cancellation.</summary>
/// <param name="Reason">The reason (required).</param>
public sealed record TasksCancelRequest(string? Reason);
