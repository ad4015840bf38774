using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.History;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitoring.YearlyStatistics;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.History.HistoryArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.History;

/// <summary>The historical import and its statistics, on each provider.</summary>
public abstract class HistoryImportContract(StorageProvider provider)
{
    [Fact]
    public async Task ImportEmbedded_FreshDatabase_GivesTheFilesTaskCountsAndParticipantTotalsPerYear()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var imported = await host.ImportEmbeddedAsync();
        var report = await host.RunAsync<YearlyStatisticsService, Result<YearlyStatisticsReport>>((s, ct) => s.GetYearlyAsync(2013, 2014, ct));

        Assert.True(imported.IsSuccess, imported.Error?.Code);
        Assert.Equal((63, 63, 0), (imported.Value.Records, imported.Value.Imported, imported.Value.AlreadyPresent));
        Assert.Equal(new Dictionary<int, int> { [2013] = 38, [2014] = 25 }, imported.Value.ImportedByYear);
        var (y2013, y2014) = (report.Value.Years[0], report.Value.Years[1]);
        Assert.Equal((38, TasksIn(2013)), (y2013.Tasks, y2013.HistoricalTasks));
        Assert.Equal((25, TasksIn(2014)), (y2014.Tasks, y2014.HistoricalTasks));
        Assert.Equal(ParticipantsIn(2013), y2013.Participants);
        Assert.Equal(ParticipantsIn(2014), y2014.Participants);
        Assert.Equal(ParticipantsIn(2013), y2013.HistoricalParticipants);
        Assert.Equal(y2013.Published!.Tasks, y2013.Tasks);
        Assert.Equal(y2014.Published!.Tasks, y2014.Tasks);
        Assert.Equal((0, 0), (y2013.TasksDifferenceFromPublished, y2014.TasksDifferenceFromPublished));
        Assert.Equal((0, 0, 0), (y2013.MonitorsParticipating, y2013.Submissions.Received, y2013.Findings.Sent));
    }

    [Fact]
    public async Task ImportEmbedded_Tasks_AreClosedHistoricalFcfsWithSeoulWindowsAndRegisteredDepartments()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var imported = await host.ImportEmbeddedAsync();

        var task = await host.QueryAsync(db => db.Set<MonitoringTask>().AsNoTracking().SingleAsync(t => t.HistoricalKey == "2013-03", TestContext.Current.CancellationToken));
        Assert.Equal(("120다산콜센터 상담품질평가 모니터링 1차", "시민봉사담당관", 2013), (task.Title, task.Department, task.Year));
        Assert.Equal((MonitoringTaskState.Closed, true, 192, 192), (task.State, task.IsHistorical, task.Capacity, task.HistoricalParticipants));
        Assert.Equal((SelectionMethod.FirstComeFirstServed, 0), (task.SelectionMethod, task.CurrentFormVersion));
        Assert.Equal(new DateTimeOffset(2013, 3, 26, 0, 0, 0, TimeSpan.FromHours(9)), task.FieldworkOpensAt);
        Assert.Equal(new DateTimeOffset(2013, 4, 1, 0, 0, 0, TimeSpan.FromHours(9)), task.FieldworkClosesAt);
        Assert.Equal(new DateTimeOffset(2013, 3, 12, 0, 0, 0, TimeSpan.FromHours(9)), task.RecruitmentOpensAt);
        Assert.Equal(task.FieldworkOpensAt, task.RecruitmentClosesAt);
        var departments = EmbeddedLines().Select(c => c[6]).Distinct().Count();
        Assert.Equal(departments, imported.Value.DepartmentsRegistered);
        Assert.Equal(departments, await host.QueryAsync(db => db.Set<Department>().CountAsync(d => d.ContactEmail == null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ImportEmbedded_Twice_AddsNothingTheSecondTimeAndAuditsOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.ImportEmbeddedAsync();

        var again = await host.ImportEmbeddedAsync();

        Assert.Equal((63, 0, 63, 0), (again.Value.Records, again.Value.Imported, again.Value.AlreadyPresent, again.Value.DepartmentsRegistered));
        Assert.Equal(63, await host.QueryAsync(db => db.Set<MonitoringTask>().CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(1, await host.AuditCountAsync(HistoricalTaskImporter.AuditEntity));
        Assert.Equal(1, await host.AuditCountAsync());
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task ImportCsv_OverlappingTheEmbeddedRecords_AddsOnlyTheNewKeysAndKnownDepartmentsAreReused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.ImportEmbeddedAsync();

        var result = await host.ImportCsvAsync(
            Header,
            "2013,1,민원접점부서 방문민원 서비스품질 점검 1차,2013-03-12,2013-03-15,46,시민봉사담당관",
            "2015,1,한강공원 편의시설 점검,2015-05-04,2015-05-08,30,시민봉사담당관",
            "2015,2,지하철역 안내표지 점검,2015-06-01,2015-06-03,25,도시교통실");

        Assert.Equal((3, 2, 1, 1), (result.Value.Records, result.Value.Imported, result.Value.AlreadyPresent, result.Value.DepartmentsRegistered));
        Assert.Equal(2, await host.AuditCountAsync(HistoricalTaskImporter.AuditEntity));
    }

    [Fact]
    public async Task ImportCsv_BadLine_IsRefusedWithItsNumberAndNothingIsWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await host.ImportCsvAsync(
            Header,
            "2015,1,한강공원 편의시설 점검,2015-05-04,2015-05-08,30,새부서",
            "2015,2,지하철역 안내표지 점검,2015-06-01,2015-06-03,25,도시교통실",
            "2015,3,따릉이 대여소 점검,2015-13-01,2015-06-03,25,도시교통실");

        Assert.Equal(("history.line.start_date.invalid", "lines[4].start_date"), (result.Error?.Code, result.Error?.Field));
        Assert.StartsWith("Line 4:", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<MonitoringTask>().CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<Department>().CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(0, await host.AuditCountAsync());
    }

    [Fact]
    public async Task Import_ByAMonitorOrADepartment_IsForbiddenAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var monitor = await host.ImportEmbeddedAsync(Actor.Monitor(Guid.NewGuid()));
        var department = await host.ImportEmbeddedAsync(new Actor(ActorKind.Department, "시민봉사담당관"));

        Assert.Equal(("history.forbidden", "history.forbidden"), (monitor.Error?.Code, department.Error?.Code));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<MonitoringTask>().CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ImportEmbedded_TwoAtOnce_ImportEachRecordOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => host.ImportEmbeddedAsync())));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Equal(63, results.Sum(r => r.Value.Imported));
        Assert.Equal(63, await host.QueryAsync(db => db.Set<MonitoringTask>().CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(1, await host.AuditCountAsync(HistoricalTaskImporter.AuditEntity));
    }
}

public sealed class HistoryImportSqliteTests() : HistoryImportContract(StorageProvider.Sqlite);

public sealed class HistoryImportPostgresTests() : HistoryImportContract(StorageProvider.PostgreSql);
