namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>How many answers chose one choice.</summary>
public sealed record ChoiceCount(string Choice, int Count);
