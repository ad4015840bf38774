namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>How many answers gave one rating value.</summary>
public sealed record ValueCount(int Value, int Count);
