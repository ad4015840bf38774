using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Incentives.Budget.BudgetArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Budget;

/// <summary>Loading the budget file, on each provider.</summary>
public abstract class BudgetLoadContract(StorageProvider provider)
{
    [Fact]
    public async Task LoadEmbedded_FreshDatabase_ReportTotalsMatchTheFileForEachYear()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var loaded = await host.LoadEmbeddedAsync();

        Assert.True(loaded.IsSuccess, loaded.Error?.Code);
        Assert.Equal(loaded.Value.Records, loaded.Value.Created);
        Assert.Equal(3, loaded.Value.YearsCreated);
        foreach (var year in new[] { 2013, 2014, 2015 })
        {
            var report = (await host.ReportAsync(year)).Value;
            Assert.Equal(FileTotal(year), report.Totals.Amount);
            Assert.Equal(FileTotal(year), report.Categories.Sum(c => c.Totals.Amount));
            Assert.Equal(FileLines(year), report.Lines.Count);
            Assert.Equal(FileTotal(year), loaded.Value.FileTotals[year]);
            Assert.Equal((0L, 0L, FileTotal(year)), (report.Totals.Committed, report.Totals.Paid, report.Totals.Remaining));
            Assert.All(report.Lines, l => Assert.Equal(year == 2013, l.IsSettled));
        }

        var y2015 = (await host.ReportAsync(2015)).Value;
        Assert.Equal((278_792_000L, 8), (y2015.Totals.Amount, y2015.Lines.Count));
        Assert.Equal(BudgetPurpose.FieldActivity, y2015.Lines.Single(l => l.Name == "서울시민모니터 현장 활동비").Purpose);
        Assert.Equal(51_100_000, y2015.Lines.Single(l => l.Name == "서울시민모니터 현장 활동비").Amount);
        Assert.Equal(BudgetPurpose.ExpertAdvice, y2015.Lines.Single(l => l.Name == "전문가 자문 등").Purpose);
    }

    [Fact]
    public async Task LoadEmbedded_Twice_AddsNothingTheSecondTimeAndAuditsOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var first = await host.LoadEmbeddedAsync();

        var again = await host.LoadEmbeddedAsync();

        Assert.Equal((first.Value.Records, 0, first.Value.Records, 0), (again.Value.Records, again.Value.Created, again.Value.AlreadyPresent, again.Value.YearsCreated));
        Assert.Equal(first.Value.Records, await host.LineCountAsync());
        Assert.Equal(1, await host.AuditCountAsync(BudgetLoader.AuditEntity));
        Assert.Equal(1, await host.AuditCountAsync());
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task LoadEmbedded_ThreeAtOnce_LoadEachLineOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => host.LoadEmbeddedAsync())));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Equal(results[0].Value.Records, results.Sum(r => r.Value.Created));
        Assert.Equal(1, await host.AuditCountAsync(BudgetLoader.AuditEntity));
    }

    [Fact]
    public async Task LoadCsv_CitysOwnFile_AddsItsLinesAndLeavesLoadedOnesAsTheyAre()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.LoadEmbeddedAsync();

        var loaded = await host.LoadCsvAsync(
            "\uFEFFcategory,line,budget_2015_thousand_krw,budget_2016_thousand_krw",
            "사무관리비,\"전문가 자문 등\",9999,4500",
            "행사실비보상금,서울시민모니터 현장 활동비,51100,52000");

        Assert.True(loaded.IsSuccess, loaded.Error?.Code);
        Assert.Equal((4, 2, 2, 1), (loaded.Value.Records, loaded.Value.Created, loaded.Value.AlreadyPresent, loaded.Value.YearsCreated));
        Assert.Equal(278_792_000, (await host.ReportAsync(2015)).Value.Totals.Amount);
        Assert.Equal(56_500_000, (await host.ReportAsync(2016)).Value.Totals.Amount);
    }

    [Fact]
    public async Task LoadCsv_BadLine_IsRefusedWithItsNumberAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var loaded = await host.LoadCsvAsync(
            "category,line,budget_2016_thousand_krw",
            "사무관리비,서울시민모니터 운영,5800",
            "사무관리비,전문가 자문 등,-4000");

        Assert.Equal(("budget.file.amount", "lines[3].budget_2016_thousand_krw"), (loaded.Error?.Code, loaded.Error?.Field));
        Assert.Equal(0, await host.LineCountAsync());
        Assert.Equal(0, await host.QueryAsync(db => db.Set<BudgetYear>().CountAsync(Ct)));
        Assert.Equal(0, await host.AuditCountAsync());
    }

    [Fact]
    public async Task LoadCsv_NewLineForAClosedYear_IsRefusedWithItsLineAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.LoadEmbeddedAsync();
        await host.BudgetAsync((s, ct) => s.CloseYearAsync(2015, Staff, ct));
        var audits = await host.AuditCountAsync();

        var loaded = await host.LoadCsvAsync(
            "category,line,budget_2015_thousand_krw,budget_2016_thousand_krw",
            "사무관리비,서울시민모니터 운영,5800,5800",
            "사무관리비,새 항목,100,100");

        Assert.Equal(("budget.file.year_closed", "lines[3].budget_2015_thousand_krw"), (loaded.Error?.Code, loaded.Error?.Field));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<BudgetYear>().CountAsync(y => y.Year == 2016, Ct)));
        Assert.Equal(audits, await host.AuditCountAsync());
    }

    [Fact]
    public async Task Load_ByAMonitorOrADepartment_IsForbiddenAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var monitor = await host.LoadEmbeddedAsync(Actor.Monitor(Guid.NewGuid()));
        var department = await host.LoadEmbeddedAsync(new Actor(ActorKind.Department, "시민봉사담당관"));

        Assert.Equal(("budget.forbidden", "budget.forbidden"), (monitor.Error?.Code, department.Error?.Code));
        Assert.Equal(0, await host.LineCountAsync());
    }
}

public sealed class BudgetLoadSqliteTests() : BudgetLoadContract(StorageProvider.Sqlite);

public sealed class BudgetLoadPostgresTests() : BudgetLoadContract(StorageProvider.PostgreSql);
