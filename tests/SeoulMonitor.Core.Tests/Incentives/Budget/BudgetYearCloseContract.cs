using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Incentives.Insurance.Premiums;
using SeoulMonitor.Core.Tests.Incentives.Stipends;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Budget;

/// <summary>
/// Closing a year against recoveries and amendments, on each provider: a year with unsettled recoveries is not closed
/// (the refusal names how many), and closing serialises with line amendments and with recalculations that open
/// recoveries.
/// </summary>
public abstract class BudgetYearCloseContract(StorageProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One monitor's entry of 30,000 won approved, exported in March and paid.</summary>
    private static async Task<Guid> PaidEntryAsync(CoreTestHost host, int year = StipendArrange.Year)
    {
        var line = await host.AddLineAsync(year: year);
        await host.AddParticipationAsync(await host.AddTaskAsync(year), await host.AddPersonAsync());
        await host.RuleAsync(year, 30_000);
        Assert.True((await host.RecalculateAsync(year)).IsSuccess);
        var entry = Assert.Single(await host.EntriesAsync(), e => e.Year == year);
        Assert.True((await host.ApproveAsync(entry.Id)).IsSuccess);
        await host.PaidAsync((await host.ExportedAsync($"{year}-03")).Id);
        return line;
    }

    private static Task<Result<BudgetLineView>> AmendAsync(CoreTestHost host, Guid line, long amount) =>
        host.RunAsync<BudgetService, Result<BudgetLineView>>((s, ct) => s.AmendLineAsync(line, amount, StipendArrange.Staff, ct));

    [Fact]
    public async Task Close_DueRecovery_RefusedNamingOneThenClosedOnceCollected()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await PaidEntryAsync(host);
        await host.RuleAsync(StipendArrange.Year, 20_000);
        Assert.True((await host.RecalculateAsync()).IsSuccess);
        var audits = await host.AuditCountAsync(BudgetService.YearEntity);

        var refused = await host.CloseYearAsync();
        var recovery = Assert.Single(await host.RecoveriesAsync());
        var collected = await host.CollectAsync(recovery.Id, "재무과 수납 제2026-0412호");
        var closed = await host.CloseYearAsync();

        Assert.Equal("budget.year.recoveries_outstanding", refused.Error?.Code);
        Assert.Contains("1 recovery not yet settled (30,000 won)", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("환수 1건(30,000원)", refused.Error.MessageKo, StringComparison.Ordinal);
        Assert.True(collected.IsSuccess, collected.Error?.Code);
        Assert.True(closed.IsSuccess, closed.Error?.Code);
        Assert.Equal(audits + 1, await host.AuditCountAsync(BudgetService.YearEntity));
        await host.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Close_RecoveryNettedInAnUnpaidBatch_RefusedUntilTheBatchIsPaid()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await PaidEntryAsync(host);
        await host.RuleAsync(StipendArrange.Year, 40_000);
        Assert.True((await host.RecalculateAsync()).IsSuccess);
        var revised = Assert.Single(await host.EntriesAsync(), e => e.State == StipendEntryState.Calculated && e.Kind != StipendEntryKind.Reversal);
        Assert.True((await host.ApproveAsync(revised.Id)).IsSuccess);
        var april = await host.ExportedAsync("2026-04");

        var refused = await host.CloseYearAsync();
        await host.PaidAsync(april.Id);
        var closed = await host.CloseYearAsync();

        Assert.Equal("budget.year.recoveries_outstanding", refused.Error?.Code);
        Assert.Contains("1 recovery not yet settled (30,000 won)", refused.Error!.Message, StringComparison.Ordinal);
        Assert.True(closed.IsSuccess, closed.Error?.Code);
        Assert.Equal(RecoveryState.Netted, Assert.Single(await host.RecoveriesAsync()).State);
    }

    [Fact]
    public async Task Close_ConcurrentWithARecalculationOpeningARecovery_OneOfThemIsRefusedConsistently()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        int[] years = [2026, 2027, 2028, 2029];
        foreach (var year in years)
        {
            await PaidEntryAsync(host, year);
            await host.RuleAsync(year, 10_000);
        }

        var outcomes = await Task.WhenAll(years.Select(year => Task.Run(async () =>
        {
            var race = await Task.WhenAll(
                Task.Run(async () => (await host.RecalculateAsync(year)).Error?.Code, Ct),
                Task.Run(async () => (await host.CloseYearAsync(year)).Error?.Code, Ct));
            return (Year: year, Recalculate: race[0], Close: race[1]);
        }, Ct)));

        var recoveries = await host.RecoveriesAsync();
        foreach (var (year, recalculate, close) in outcomes)
        {
            var opened = recoveries.Count(r => r.Year == year);
            Assert.True(
                (recalculate, close, opened) is (null, "budget.year.recoveries_outstanding", 1) or ("stipend.year_closed", null, 0),
                $"{year}: recalculate {recalculate}, close {close}, recoveries {opened}");
        }
    }

    [Fact]
    public async Task AmendAndClose_Concurrently_AnAmendmentLandsBeforeTheCloseOrIsRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync();

        for (var round = 1; round <= 6; round++)
        {
            var before = (await host.StoredAsync(line)).Amount;
            var amount = 3_000_000L + round;
            var race = await Task.WhenAll(
                Task.Run(async () => (await AmendAsync(host, line, amount)).Error?.Code, Ct),
                Task.Run(async () => (await host.CloseYearAsync()).Error?.Code, Ct));

            Assert.Null(race[1]);
            var after = (await host.StoredAsync(line)).Amount;
            var audit = await host.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking()
                .Where(a => (a.EntityType == BudgetService.LineEntity && a.EntityId == line.ToString("D") && a.Event == "Amend")
                    || (a.EntityType == BudgetService.YearEntity && a.Event == "Close"))
                .OrderByDescending(a => a.Sequence).Take(2).ToListAsync(Ct));
            if (race[0] is null)
            {
                Assert.Equal(amount, after);
                Assert.Equal(new[] { "Close", "Amend" }, audit.Select(a => a.Event));
            }
            else
            {
                Assert.Equal("budget.year_closed", race[0]);
                Assert.Equal(before, after);
                Assert.Equal("Close", audit[0].Event);
            }

            Assert.True((await host.ReopenYearAsync()).IsSuccess);
        }
    }
}

public sealed class BudgetYearCloseSqliteTests() : BudgetYearCloseContract(StorageProvider.Sqlite);

public sealed class BudgetYearClosePostgresTests() : BudgetYearCloseContract(StorageProvider.PostgreSql);
