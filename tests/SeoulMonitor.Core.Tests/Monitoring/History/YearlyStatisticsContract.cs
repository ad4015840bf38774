using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitoring.YearlyStatistics;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.History.StatisticsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.History;

/// <summary>
/// Yearly and per-department statistics on hand-built live data, on each provider. Department 가 has a closed task and a
/// historical one (30 participants); department 나 has a task reported to it; a cancelled task of 가 and a task of 2024
/// must not leak into 2025.
/// </summary>
public abstract class YearlyStatisticsContract(StorageProvider provider)
{
    private const string A = "가부서";
    private const string B = "나부서";

    private static async Task ArrangeAsync(CoreTestHost host)
    {
        var (t1, t2, historical) = (Task(2025, A), Task(2025, B, MonitoringTaskState.ReportedToDepartment), Task(2025, A, historicalParticipants: 30));
        var (cancelled, other) = (Task(2025, A, MonitoringTaskState.Cancelled), Task(2024, A));
        var (m1, m2, m3, m4) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await host.SaveAsync(
            t1, t2, historical, cancelled, other,
            Participation(t1, ParticipationState.Selected, m1), Participation(t1, ParticipationState.Selected, m2),
            Participation(t1, ParticipationState.Completed, m3), Participation(t1, ParticipationState.Waitlisted),
            Participation(t1, ParticipationState.NotSelected), Participation(t1, ParticipationState.Withdrawn),
            Participation(t1, ParticipationState.Applied),
            Participation(t2, ParticipationState.Selected, m1), Participation(t2, ParticipationState.Completed, m4),
            Participation(cancelled, ParticipationState.Selected), Participation(other, ParticipationState.Completed));
        await host.SaveAsync([
            .. StatisticsArrange.Submissions(t1, SubmissionState.Received, 1), .. StatisticsArrange.Submissions(t1, SubmissionState.Approved, 3),
            .. StatisticsArrange.Submissions(t1, SubmissionState.Returned, 1), .. StatisticsArrange.Submissions(t1, SubmissionState.Superseded, 1),
            .. StatisticsArrange.Submissions(t1, SubmissionState.Rejected, 2), .. StatisticsArrange.Submissions(t2, SubmissionState.Approved, 1),
            .. StatisticsArrange.Submissions(cancelled, SubmissionState.Approved, 5), .. StatisticsArrange.Submissions(other, SubmissionState.Rejected, 4)]);
        await host.SaveAsync(
            Finding(t1, FindingState.Draft, null, 0, pastDeadline: true),
            Finding(t1, FindingState.SentToDepartment, null, 0, pastDeadline: true),
            Finding(t1, FindingState.Reflected, 4, 7, pastDeadline: false),
            Finding(t1, FindingState.PartiallyReflected, 5, 8, pastDeadline: true),
            Finding(t1, FindingState.NotReflected, 6, 9, pastDeadline: false),
            Finding(t2, FindingState.Acknowledged, 1, 1, pastDeadline: false),
            Finding(t2, FindingState.Accepted, 2, 2, pastDeadline: false),
            Finding(t2, FindingState.InProgress, 3, 20, pastDeadline: true),
            Finding(t2, FindingState.LongTermReview, 10, 12, pastDeadline: true),
            Finding(cancelled, FindingState.Reflected, 1, 1, pastDeadline: false),
            Finding(other, FindingState.SentToDepartment, null, 0, pastDeadline: true));
    }

    [Fact]
    public async Task GetYearly_HandBuiltYear_CountsRatesAndResponseTimes()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await ArrangeAsync(host);

        var report = await host.RunAsync<YearlyStatisticsService, Result<YearlyStatisticsReport>>((s, ct) => s.GetYearlyAsync(2024, 2026, ct));

        Assert.Equal([2024, 2025, 2026], report.Value.Years.Select(y => y.Year));
        var year = report.Value.Years[1];
        Assert.Equal((3, 1, 35, 30, 4), (year.Tasks, year.HistoricalTasks, year.Participants, year.HistoricalParticipants, year.MonitorsParticipating));
        Assert.Equal(new SubmissionStatistics(9, 1, 4, 2, 2, 0.5), year.Submissions);
        var f = year.Findings;
        Assert.Equal((8, 4, 1, 1, 1, 1), (f.Sent, f.Answered, f.Reflected, f.PartiallyReflected, f.NotReflected, f.LongTermReview));
        Assert.Equal((0.5, 0.25), (f.ReflectionRateOfAnswered, f.ReflectionRateOfSent));
        AssertTimes(7, 31.0 / 7, 4, f.Acknowledgement);
        AssertTimes(4, 9, 8.5, f.Answer);
        Assert.Equal(2, f.OverdueNow);
        Assert.Null(year.Published);
        var empty = report.Value.Years[2];
        Assert.Equal((0, 0, SubmissionStatistics.None, 0, null), (empty.Tasks, empty.Participants, empty.Submissions, empty.Findings.Sent, empty.Findings.ReflectionRateOfSent));
        Assert.Equal(ResponseTimes.None, empty.Findings.Acknowledgement);
        Assert.Equal((1, 1, 4, 1), (report.Value.Years[0].Tasks, report.Value.Years[0].Participants, report.Value.Years[0].Submissions.Rejected, report.Value.Years[0].Findings.OverdueNow));
    }

    [Fact]
    public async Task GetDepartments_HandBuiltYear_GivesEachDepartmentsTasksRatesAndTimes()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await ArrangeAsync(host);

        var departments = (await host.RunAsync<YearlyStatisticsService, Result<IReadOnlyList<DepartmentYearStatistics>>>((s, ct) => s.GetDepartmentsAsync(2025, ct))).Value;

        Assert.Equal([A, B], departments.Select(d => d.Department));
        var (a, b) = (departments[0], departments[1]);
        Assert.Equal((2, 33, 4, 3, 1), (a.Tasks, a.Participants, a.Findings.Sent, a.Findings.Answered, a.Findings.OverdueNow));
        Assert.Equal(2.0 / 3, a.Findings.ReflectionRateOfAnswered!.Value, 9);
        Assert.Equal(0.5, a.Findings.ReflectionRateOfSent);
        AssertTimes(3, 5, 5, a.Findings.Acknowledgement);
        AssertTimes(3, 8, 8, a.Findings.Answer);
        Assert.Equal((1, 2, 4, 1, 1), (b.Tasks, b.Participants, b.Findings.Sent, b.Findings.Answered, b.Findings.OverdueNow));
        Assert.Equal((0.0, 0.0), (b.Findings.ReflectionRateOfAnswered, b.Findings.ReflectionRateOfSent));
        AssertTimes(4, 4, 2.5, b.Findings.Acknowledgement);
        AssertTimes(1, 12, 12, b.Findings.Answer);
    }

    [Fact]
    public async Task Overdue_MovesWithTheClock()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await ArrangeAsync(host);
        host.Time.Advance(TimeSpan.FromDays(2));

        var report = await host.RunAsync<YearlyStatisticsService, Result<YearlyStatisticsReport>>((s, ct) => s.GetYearlyAsync(2025, 2025, ct));

        Assert.Equal(4, report.Value.Years[0].Findings.OverdueNow); // + the acknowledged and accepted findings, due yesterday now
    }

    [Theory]
    [InlineData(1989, 2013, "statistics.year.invalid", "from")]
    [InlineData(2013, 2101, "statistics.year.invalid", "to")]
    [InlineData(2014, 2013, "statistics.range.reversed", "to")]
    [InlineData(2000, 2050, "statistics.range.too_long", "to")]
    public async Task GetYearly_BadRange_IsRefused(int from, int to, string code, string field)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await host.RunAsync<YearlyStatisticsService, Result<YearlyStatisticsReport>>((s, ct) => s.GetYearlyAsync(from, to, ct));

        Assert.Equal((code, field), (result.Error?.Code, result.Error?.Field));
    }

    [Fact]
    public async Task GetYearly_LongestRange_IsAccepted()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await host.RunAsync<YearlyStatisticsService, Result<YearlyStatisticsReport>>((s, ct) => s.GetYearlyAsync(2000, 2000 + StatisticsLimits.MaxYears - 1, ct));

        Assert.Equal(StatisticsLimits.MaxYears, result.Value.Years.Count);
    }

    internal static void AssertTimes(int count, double mean, double median, ResponseTimes actual)
    {
        Assert.Equal(count, actual.Count);
        Assert.Equal(mean, actual.MeanDays!.Value, 6);
        Assert.Equal(median, actual.MedianDays!.Value, 6);
    }
}

public sealed class YearlyStatisticsSqliteTests() : YearlyStatisticsContract(StorageProvider.Sqlite)
{
    [Fact]
    public async Task ResponseTimes_InstantsStoredWithOffsets_AreMeasuredInUtc()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var task = Task(2025, "다부서");
        var finding = Finding(task, FindingState.Acknowledged, null, 1, pastDeadline: false);
        finding.SentAt = SentAt.ToOffset(TimeSpan.FromHours(9));
        finding.AcknowledgedAt = SentAt.AddDays(1.5).ToOffset(TimeSpan.FromHours(-5));
        await host.SaveAsync(task, finding);

        var report = await host.RunAsync<YearlyStatisticsService, Result<YearlyStatisticsReport>>((s, ct) => s.GetYearlyAsync(2025, 2025, ct));

        AssertTimes(1, 1.5, 1.5, report.Value.Years[0].Findings.Acknowledgement);
    }
}

public sealed class YearlyStatisticsPostgresTests() : YearlyStatisticsContract(StorageProvider.PostgreSql);
