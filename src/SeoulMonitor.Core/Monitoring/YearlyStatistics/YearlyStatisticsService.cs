using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.History;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>
/// Yearly statistics of the program: tasks and participants (historical records and live tasks), field submissions
/// and approval, findings, reflection rates, department response times and overdue findings, per year and per
/// requesting department, beside the program's published figures. Counts and sums are SQL aggregates grouped by
/// (year, department); means and medians are SQL window aggregates. Aggregates only: no personal data.
/// </summary>
public sealed class YearlyStatisticsService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal YearlyStatisticsService(SeoulMonitorDbContext db, TimeProvider time, ILogger<YearlyStatisticsService> logger)
    {
        _db = db;
        _time = time;
        _logger = logger;
    }

    /// <summary>The program's published yearly figures (monitors, tasks, budget).</summary>
    public static IReadOnlyList<PublishedYearlyFigures> Published => PublishedFigures.All;

    /// <summary>Statistics of every year from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public async Task<Result<YearlyStatisticsReport>> GetYearlyAsync(int from, int to, CancellationToken cancellationToken = default)
    {
        if (CheckRange(from, to) is { } refused)
        {
            return refused;
        }

        var started = _time.GetTimestamp();
        var now = _time.GetUtcNow();
        var tasks = await StatisticsQueries.TasksAsync(_db, from, to, cancellationToken).ConfigureAwait(false);
        var participations = await StatisticsQueries.ParticipationsAsync(_db, from, to, cancellationToken).ConfigureAwait(false);
        var monitors = await StatisticsQueries.MonitorsAsync(_db, from, to, cancellationToken).ConfigureAwait(false);
        var submissions = await StatisticsQueries.SubmissionsAsync(_db, from, to, cancellationToken).ConfigureAwait(false);
        var findings = await StatisticsQueries.FindingsAsync(_db, from, to, now, cancellationToken).ConfigureAwait(false);
        var acknowledged = await ResponseTimeQuery.RunAsync(_db, from, to, ResponseTimeMeasure.Acknowledgement, false, cancellationToken).ConfigureAwait(false);
        var answered = await ResponseTimeQuery.RunAsync(_db, from, to, ResponseTimeMeasure.Answer, false, cancellationToken).ConfigureAwait(false);

        var years = Enumerable.Range(from, to - from + 1).Select(year =>
        {
            var key = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var ofYear = tasks.Where(t => t.Year == year).ToList();
            var historical = ofYear.Sum(t => t.HistoricalParticipants);
            return new YearStatistics(
                year,
                ofYear.Sum(t => t.Tasks),
                ofYear.Sum(t => t.Historical),
                historical + participations.Where(p => p.Year == year).Sum(p => p.Participants),
                historical,
                monitors.GetValueOrDefault(year),
                StatisticsAssembly.Submissions(submissions.Where(s => s.Year == year)),
                StatisticsAssembly.Findings(findings.Where(f => f.Year == year), acknowledged.GetValueOrDefault(key), answered.GetValueOrDefault(key)),
                PublishedFigures.Of(year));
        }).ToList();
        _logger.YearlyStatisticsComputed(from, to, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        return new YearlyStatisticsReport(from, to, now, years);
    }

    /// <summary>Statistics of each requesting department with a task in <paramref name="year"/>, by name.</summary>
    public async Task<Result<IReadOnlyList<DepartmentYearStatistics>>> GetDepartmentsAsync(int year, CancellationToken cancellationToken = default)
    {
        if (year is < HistoryLimits.EarliestYear or > HistoryLimits.LatestYear)
        {
            return StatisticsErrors.Year("year");
        }

        var now = _time.GetUtcNow();
        var tasks = await StatisticsQueries.TasksAsync(_db, year, year, cancellationToken).ConfigureAwait(false);
        var participations = await StatisticsQueries.ParticipationsAsync(_db, year, year, cancellationToken).ConfigureAwait(false);
        var findings = await StatisticsQueries.FindingsAsync(_db, year, year, now, cancellationToken).ConfigureAwait(false);
        var acknowledged = await ResponseTimeQuery.RunAsync(_db, year, year, ResponseTimeMeasure.Acknowledgement, true, cancellationToken).ConfigureAwait(false);
        var answered = await ResponseTimeQuery.RunAsync(_db, year, year, ResponseTimeMeasure.Answer, true, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<DepartmentYearStatistics> departments = tasks
            .OrderBy(t => t.Department, StringComparer.Ordinal)
            .Select(t => new DepartmentYearStatistics(
                t.Department,
                t.Tasks,
                t.HistoricalParticipants + participations.Where(p => p.Department == t.Department).Sum(p => p.Participants),
                StatisticsAssembly.Findings(findings.Where(f => f.Department == t.Department),
                    acknowledged.GetValueOrDefault(t.Department), answered.GetValueOrDefault(t.Department))))
            .ToList();
        return Result<IReadOnlyList<DepartmentYearStatistics>>.Success(departments);
    }

    private static DomainError? CheckRange(int from, int to)
    {
        if (from is < HistoryLimits.EarliestYear or > HistoryLimits.LatestYear)
        {
            return StatisticsErrors.Year("from");
        }

        if (to is < HistoryLimits.EarliestYear or > HistoryLimits.LatestYear)
        {
            return StatisticsErrors.Year("to");
        }

        if (to < from)
        {
            return StatisticsErrors.RangeReversed;
        }

        return to - from + 1 > StatisticsLimits.MaxYears ? StatisticsErrors.RangeTooLong : null;
    }
}
