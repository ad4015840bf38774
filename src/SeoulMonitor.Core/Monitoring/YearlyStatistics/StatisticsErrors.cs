using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.History;

namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Refusals of the yearly statistics (stable codes).</summary>
public static class StatisticsErrors
{
    /// <summary>A year outside <see cref="HistoryLimits.EarliestYear"/>–<see cref="HistoryLimits.LatestYear"/> or not a number.</summary>
    public static DomainError Year(string field) => DomainError.Validation(
        "statistics.year.invalid", field,
        $"The year must be a number from {HistoryLimits.EarliestYear} to {HistoryLimits.LatestYear}.",
        $"연도는 {HistoryLimits.EarliestYear}~{HistoryLimits.LatestYear} 사이의 숫자여야 합니다.");

    /// <summary>The range ends before it starts.</summary>
    public static DomainError RangeReversed { get; } = DomainError.Validation(
        "statistics.range.reversed", "to", "'to' must not be before 'from'.", "끝 연도(to)는 시작 연도(from)보다 앞설 수 없습니다.");

    /// <summary>The range is longer than <see cref="StatisticsLimits.MaxYears"/>.</summary>
    public static DomainError RangeTooLong { get; } = DomainError.Validation(
        "statistics.range.too_long", "to",
        $"A report covers at most {StatisticsLimits.MaxYears} years.", $"통계는 최대 {StatisticsLimits.MaxYears}년까지 조회할 수 있습니다.");
}
