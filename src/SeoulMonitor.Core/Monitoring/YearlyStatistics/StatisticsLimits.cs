namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Limits of the yearly statistics.</summary>
public static class StatisticsLimits
{
    /// <summary>Most years in one report.</summary>
    public const int MaxYears = 50;

    /// <summary>Years in a report when the caller names no first year (ending with the last year asked for).</summary>
    public const int DefaultYears = 15;
}
