using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Incentives.Budget.BudgetArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Budget;

/// <summary>
/// The no-overdraw race: many concurrent units of work moving money on one line through <see cref="BudgetLedger"/>,
/// each in its own scope and transaction, never take the line past its amount, on each provider.
/// </summary>
public abstract class BudgetRaceContract(StorageProvider provider)
{
    private const long Amount = 1_000_000;
    private const long Step = 10_000;

    [Fact]
    public async Task Commit_200ConcurrentOn100Steps_Exactly100SucceedAndTheRestAreOverdrawn()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(Amount, BudgetPurpose.FieldActivity);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() =>
            host.LedgerAsync((db, ct) => BudgetLedger.CommitAsync(db, line.Id, BudgetPurpose.FieldActivity, Step, ct)))));

        Assert.Equal(100, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("budget.overdrawn", r.Error!.Code));
        var stored = await host.StoredLineAsync(line.Id);
        Assert.Equal((Amount, 0L), (stored.Committed, stored.Paid));
    }

    [Fact]
    public async Task PayReleaseAndCommit_Concurrently_KeepCommittedPlusPaidWithinTheAmountAndBalance()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(Amount, BudgetPurpose.FieldActivity);
        for (var i = 0; i < 100; i++)
        {
            Assert.True((await host.LedgerAsync((db, ct) => BudgetLedger.CommitAsync(db, line.Id, BudgetPurpose.FieldActivity, Step, ct))).IsSuccess);
        }

        var operations = Enumerable.Range(0, 150).Select(i => (i % 3) switch
        {
            0 => (Kind: "pay", Run: (Func<Task<Result<BudgetLine>>>)(() => host.LedgerAsync((db, ct) => BudgetLedger.PayAsync(db, line.Id, BudgetPurpose.FieldActivity, Step, ct)))),
            1 => (Kind: "release", Run: () => host.LedgerAsync((db, ct) => BudgetLedger.ReleaseAsync(db, line.Id, BudgetPurpose.FieldActivity, Step, ct))),
            _ => (Kind: "commit", Run: () => host.LedgerAsync((db, ct) => BudgetLedger.CommitAsync(db, line.Id, BudgetPurpose.FieldActivity, Step, ct))),
        }).ToList();
        var results = await Task.WhenAll(operations.Select(o => Task.Run(async () => (o.Kind, Result: await o.Run()))));

        int Succeeded(string kind) => results.Count(r => r.Kind == kind && r.Result.IsSuccess);
        var stored = await host.StoredLineAsync(line.Id);
        Assert.True(stored.Committed + stored.Paid <= Amount);
        Assert.True(stored.Committed >= 0 && stored.Paid >= 0);
        Assert.Equal(Succeeded("pay") * Step, stored.Paid);
        Assert.Equal((100 - Succeeded("pay") - Succeeded("release") + Succeeded("commit")) * Step, stored.Committed);
        Assert.Equal(50, Succeeded("pay"));
        Assert.Equal(50, Succeeded("release"));
        Assert.All(results.Where(r => !r.Result.IsSuccess), r => Assert.Contains(r.Result.Error!.Code, new[] { "budget.overdrawn", "budget.not_committed" }));
    }
}

public sealed class BudgetRaceSqliteTests() : BudgetRaceContract(StorageProvider.Sqlite);

public sealed class BudgetRacePostgresTests() : BudgetRaceContract(StorageProvider.PostgreSql);
