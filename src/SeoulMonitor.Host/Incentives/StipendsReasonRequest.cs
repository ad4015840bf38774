namespace SeoulMonitor.Host.Incentives;

/// <summary>A reason (holds, rejections).</summary>
public sealed record StipendsReasonRequest(string? Reason);
