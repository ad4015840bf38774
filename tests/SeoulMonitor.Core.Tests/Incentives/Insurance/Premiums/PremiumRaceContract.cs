using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Insurance.Premiums;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Incentives.Stipends;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Incentives.Insurance.Premiums.PremiumArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Insurance.Premiums;

/// <summary>
/// Premiums racing each other and the year's stipend approvals, each in its own scope and transaction, on each
/// provider: the insurance line is never overdrawn, the field-activity line commits every approval, each success is
/// audited once, and a premium is paid or cancelled, never both.
/// </summary>
public abstract class PremiumRaceContract(StorageProvider provider)
{
    private static Task<T[]> RaceAsync<T>(int count, Func<int, Task<T>> run) => Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => run(i), Ct)));

    [Fact]
    public async Task Record_ConcurrentlyWithStipendApprovals_InsuranceLineExactlyFullFieldLineCommitsEveryApproval()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var field = await host.AddLineAsync(amount: 1_000_000);
        var insurance = await host.InsuranceLineAsync(amount: 1_000_000);
        var task = await host.AddTaskAsync();
        for (var i = 0; i < 12; i++)
        {
            await host.AddParticipationAsync(task, await host.AddPersonAsync());
        }

        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var entries = (await host.EntriesAsync()).Select(e => e.Id).ToArray();

        var results = await RaceAsync(28, i => i < 16
            ? host.RecordAsync(Invoice(insurance, amount: 100_000, policy: $"LA-{i:D3}")).ContinueWith(t => (Kind: "premium", t.Result.IsSuccess, t.Result.Error?.Code), Ct)
            : host.ApproveAsync(entries[i - 16]).ContinueWith(t => (Kind: "approval", t.Result.IsSuccess, t.Result.Error?.Code), Ct));

        Assert.Equal(10, results.Count(r => r.Kind == "premium" && r.IsSuccess));
        Assert.All(results.Where(r => r.Kind == "premium" && !r.IsSuccess), r => Assert.Equal("budget.overdrawn", r.Code));
        Assert.All(results.Where(r => r.Kind == "approval"), r => Assert.True(r.IsSuccess, r.Code));
        var (insuranceLine, fieldLine) = (await host.StoredAsync(insurance), await host.StoredAsync(field));
        Assert.Equal((1_000_000L, 0L), (insuranceLine.Committed, insuranceLine.Paid));
        Assert.Equal((360_000L, 0L), (fieldLine.Committed, fieldLine.Paid));
        Assert.Equal(10, await host.PremiumCountAsync());
        Assert.Equal(10, await host.AuditCountAsync(InsurancePremiumLifecycle.Entity));
        Assert.All(await host.EntriesAsync(), e => Assert.Equal(StipendEntryState.Approved, e.State));
    }

    [Fact]
    public async Task PayAndCancel_SamePremiumConcurrently_ExactlyOneWinsAndTheLineMatchesIt()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync();
        var premium = await host.RecordedAsync(Invoice(line));

        var results = await RaceAsync(8, i => i % 2 == 0 ? host.PayPremiumAsync(premium.Id) : host.CancelPremiumAsync(premium.Id));

        var winner = Assert.Single(results, r => r.IsSuccess).Value;
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Contains(r.Error!.Code, new[] { "insurance_premium.invalid_transition", "insurance.premium.concurrent_change" }));
        var stored = await host.StoredAsync(line);
        Assert.Equal(winner.State == InsurancePremiumState.Paid ? (0L, 2_400_000L) : (0L, 0L), (stored.Committed, stored.Paid));
        Assert.Equal(2, await host.AuditCountAsync(InsurancePremiumLifecycle.Entity, premium.Id));
    }
}

public sealed class PremiumRaceSqliteTests() : PremiumRaceContract(StorageProvider.Sqlite);

public sealed class PremiumRacePostgresTests() : PremiumRaceContract(StorageProvider.PostgreSql);
