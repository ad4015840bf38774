namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Statistics of a range of years, every year of the range present (zeros when nothing happened).</summary>
/// <param name="From">The first year.</param>
/// <param name="To">The last year.</param>
/// <param name="ComputedAt">When they were computed (UTC); overdue counts are as of this instant.</param>
/// <param name="Years">One entry per year, in order.</param>
public sealed record YearlyStatisticsReport(int From, int To, DateTimeOffset ComputedAt, IReadOnlyList<YearStatistics> Years);
