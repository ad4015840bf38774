namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>A response-time aggregate row of the SQL query (column names match).</summary>
internal sealed class ResponseTimeRow
{
    public string Key { get; set; } = string.Empty;

    public long Count { get; set; }

    public double? Mean { get; set; }

    public double? Median { get; set; }
}
