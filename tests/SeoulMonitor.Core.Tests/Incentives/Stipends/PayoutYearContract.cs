using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>The payout-year rule on each provider: a batch for yyyy-MM takes only entries of budget year yyyy.</summary>
public abstract class PayoutYearContract(StorageProvider provider)
{
    private static async Task<(Guid[] Last, Guid[] This)> TwoYearsApprovedAsync(CoreTestHost host)
    {
        await host.AddLineAsync(year: 2025);
        await host.AddLineAsync();
        var (lastTask, thisTask) = (await host.AddTaskAsync(2025), await host.AddTaskAsync());
        await host.AddParticipationAsync(lastTask, await host.AddPersonAsync("박지훈"));
        await host.AddParticipationAsync(thisTask, await host.AddPersonAsync("김민지"));
        await host.AddParticipationAsync(thisTask, await host.AddPersonAsync("이서준"));
        await host.RuleAsync(2025, 20_000);
        await host.RuleAsync(StipendArrange.Year, 30_000);
        Assert.True((await host.RecalculateAsync(2025)).IsSuccess);
        await host.RecalculatedAsync();
        var entries = await host.EntriesAsync();
        Assert.True((await host.ApproveAsync([.. entries.Select(e => e.Id)])).IsSuccess);
        return ([.. entries.Where(e => e.Year == 2025).Select(e => e.Id)], [.. entries.Where(e => e.Year == StipendArrange.Year).Select(e => e.Id)]);
    }

    [Fact]
    public async Task Export_EntriesOfTwoYears_EachMonthTakesOnlyItsOwnBudgetYear()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (last, current) = await TwoYearsApprovedAsync(host);

        var march = await host.ExportedAsync("2026-03");
        var december = await host.ExportedAsync("2025-12");

        Assert.Equal((2, 60_000L), (march.EntryCount, march.Total));
        Assert.Equal((1, 20_000L), (december.EntryCount, december.Total));
        var entries = await host.EntriesAsync();
        Assert.All(entries.Where(e => current.Contains(e.Id)), e => Assert.Equal(march.Id, e.PayoutBatchId));
        Assert.All(entries.Where(e => last.Contains(e.Id)), e => Assert.Equal(december.Id, e.PayoutBatchId));
        Assert.Equal("stipend.payout_empty", (await host.ExportAsync("2026-04")).Error?.Code);
        Assert.Equal("stipend.payout_empty", (await host.ExportAsync("2025-11")).Error?.Code);
    }

    [Fact]
    public async Task Export_MonthOfClosedBudgetYear_RefusedWithStableCodeNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (last, _) = await TwoYearsApprovedAsync(host);
        await host.DbAsync(async db =>
        {
            var year = await db.Set<BudgetYear>().SingleAsync(y => y.Year == 2025, TestContext.Current.CancellationToken);
            year.IsClosed = true;
            return year;
        });
        var audits = await host.AuditCountAsync();

        var refused = await host.ExportAsync("2025-12");

        Assert.Equal("stipend.payout_year_closed", refused.Error?.Code);
        Assert.Equal(ErrorKind.Conflict, refused.Error?.Kind);
        Assert.Empty(await host.BatchesAsync());
        Assert.All((await host.EntriesAsync()).Where(e => last.Contains(e.Id)), e => Assert.Equal((StipendEntryState.Approved, (Guid?)null), (e.State, e.PayoutBatchId)));
        Assert.Equal(audits, await host.AuditCountAsync());
        Assert.True((await host.ExportAsync("2026-03")).IsSuccess);
    }

    [Fact]
    public async Task Export_YearWithNothingApproved_NothingToExport()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddLineAsync();
        await host.AddParticipationAsync(await host.AddTaskAsync(), await host.AddPersonAsync());
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();

        var calculatedOnly = await host.ExportAsync("2026-03");
        var otherYear = await host.ExportAsync("2027-01");

        Assert.Equal(("stipend.payout_empty", "stipend.payout_empty"), (calculatedOnly.Error?.Code, otherYear.Error?.Code));
        Assert.Empty(await host.BatchesAsync());
    }

    [Fact]
    public async Task MarkPaid_YearClosedAfterExport_RefusedWithBudgetYearClosedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await TwoYearsApprovedAsync(host);
        var batch = await host.ExportedAsync("2025-12");
        await host.DbAsync(async db =>
        {
            var year = await db.Set<BudgetYear>().SingleAsync(y => y.Year == 2025, TestContext.Current.CancellationToken);
            year.IsClosed = true;
            return year;
        });

        var refused = await host.MarkPaidAsync(batch.Id);

        Assert.Equal("budget.year_closed", refused.Error?.Code);
        Assert.Equal(PayoutBatchState.Exported, Assert.Single(await host.BatchesAsync()).State);
        Assert.All((await host.EntriesAsync()).Where(e => e.Year == 2025), e => Assert.Equal(StipendEntryState.Exported, e.State));
    }
}

public sealed class PayoutYearSqliteTests() : PayoutYearContract(StorageProvider.Sqlite);

public sealed class PayoutYearPostgresTests() : PayoutYearContract(StorageProvider.PostgreSql);
