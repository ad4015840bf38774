namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>How long departments took, in days (fractional), over the findings that have the answer measured.</summary>
/// <param name="Count">Findings measured.</param>
/// <param name="MeanDays">The mean, or <see langword="null"/> when none was measured.</param>
/// <param name="MedianDays">The median (the mean of the two middle values for an even count), or <see langword="null"/>.</param>
public sealed record ResponseTimes(int Count, double? MeanDays, double? MedianDays)
{
    /// <summary>Nothing measured.</summary>
    public static ResponseTimes None { get; } = new(0, null, null);
}
