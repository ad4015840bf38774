namespace SeoulMonitor.Host.Monitoring;

/// <summary>The body of a staff removal.</summary>
/// <param name="Reason">Why the participation is removed (required; told to the monitor).</param>
public sealed record RecruitmentReasonRequest(string? Reason);
