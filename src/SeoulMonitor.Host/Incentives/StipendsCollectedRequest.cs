namespace SeoulMonitor.Host.Incentives;

/// <summary>Finance's reference of a collected recovery (e.g. a receipt number).</summary>
public sealed record StipendsCollectedRequest(string? Reference);
