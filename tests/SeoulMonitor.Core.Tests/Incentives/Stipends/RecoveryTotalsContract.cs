using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Incentives.Insurance.Premiums;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>
/// The totals and the execution report keep outstanding, netting and settled recoveries apart through a recovery's
/// life (due → partly netted in an unpaid batch → netted in a paid one → collected), on each provider.
/// </summary>
public abstract class RecoveryTotalsContract(StorageProvider provider)
{
    private static async Task<(StipendTotals Year, StipendTotals Mine, BudgetRecoveryTotals Report)> TotalsAsync(CoreTestHost host, Guid monitor)
    {
        var year = await host.RunAsync<StipendQueries, Result<StipendTotals>>((s, ct) => s.TotalsAsync(StipendArrange.Year, ct));
        var mine = await host.RunAsync<StipendQueries, MyStipends>((s, ct) => s.MineAsync(monitor, StipendArrange.Year, ct));
        return (year.Value, Assert.Single(mine.Years), (await host.ReportOfAsync()).Recoveries);
    }

    private static void AssertApart(StipendTotals totals, long outstanding, long netting, long settled) =>
        Assert.Equal((outstanding, netting, settled), (totals.RecoveriesOutstanding, totals.RecoveriesNetting, totals.RecoveriesSettled));

    [Fact]
    public async Task Totals_RecoveryThroughItsLife_OutstandingNettingAndSettledReportedApart()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddLineAsync();
        var monitor = await host.AddPersonAsync();
        await host.AddParticipationAsync(await host.AddTaskAsync(), monitor);
        await host.RuleAsync(StipendArrange.Year, 30_000);
        await host.RecalculatedAsync();
        Assert.True((await host.ApproveAsync(Assert.Single(await host.EntriesAsync()).Id)).IsSuccess);
        await host.PaidAsync((await host.ExportedAsync("2026-03")).Id);
        await host.RuleAsync(StipendArrange.Year, 20_000);
        await host.RecalculatedAsync();

        var due = await TotalsAsync(host, monitor);
        var revised = Assert.Single(await host.EntriesAsync(), e => e.State == StipendEntryState.Calculated && e.Kind != StipendEntryKind.Reversal);
        Assert.True((await host.ApproveAsync(revised.Id)).IsSuccess);
        var april = await host.ExportedAsync("2026-04");
        var netting = await TotalsAsync(host, monitor);
        await host.PaidAsync(april.Id);
        var partly = await TotalsAsync(host, monitor);
        Assert.True((await host.CollectAsync(Assert.Single(await host.RecoveriesAsync()).Id, "재무과 수납 제2026-0412호")).IsSuccess);
        var settled = await TotalsAsync(host, monitor);

        AssertApart(due.Year, 30_000, 0, 0);
        AssertApart(due.Mine, 30_000, 0, 0);
        Assert.Equal(new BudgetRecoveryTotals(1, 30_000, 0, 0), due.Report);
        AssertApart(netting.Year, 10_000, 20_000, 0);
        Assert.Equal(new BudgetRecoveryTotals(1, 10_000, 20_000, 0), netting.Report);
        AssertApart(partly.Year, 10_000, 0, 20_000);
        AssertApart(partly.Mine, 10_000, 0, 20_000);
        Assert.Equal(new BudgetRecoveryTotals(1, 10_000, 0, 20_000), partly.Report);
        AssertApart(settled.Year, 0, 0, 30_000);
        AssertApart(settled.Mine, 0, 0, 30_000);
        Assert.Equal(new BudgetRecoveryTotals(0, 0, 0, 30_000), settled.Report);
        Assert.Equal(20_000L, settled.Year.Net);
        await host.AssertInvariantsAsync();
    }
}

public sealed class RecoveryTotalsSqliteTests() : RecoveryTotalsContract(StorageProvider.Sqlite);

public sealed class RecoveryTotalsPostgresTests() : RecoveryTotalsContract(StorageProvider.PostgreSql);
