using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>The stipend ledger's invariants on each provider: derivation, idempotence, reversals, overdraft and races.</summary>
public abstract class StipendLedgerContract(StorageProvider provider)
{
    [Fact]
    public async Task Recalculate_YearAndTaskRulesAndActivities_EntriesEqualRuleOutputs()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync();
        var (plain, special) = (await host.AddTaskAsync(), await host.AddTaskAsync());
        var completed = await host.AddParticipationAsync(plain);
        var overridden = await host.AddParticipationAsync(special);
        await host.AddParticipationAsync(plain, state: ParticipationState.Selected);
        await host.AddParticipationAsync(await host.AddTaskAsync(year: 2025));
        var community = await host.AddCommunityAsync(await host.AddPersonAsync());
        var verified = await host.AddActivityAsync(community);
        await host.AddActivityAsync(community, CommunityActivityState.Reported);
        await host.SetRuleAsync(30_000, 100_000);
        await host.SetRuleAsync(50_000, taskId: special);

        var report = await host.RecalculatedAsync();

        var entries = await host.EntriesAsync();
        Assert.Equal(3, report.Created);
        Assert.Equal(
            new Dictionary<string, long>
            {
                [$"participation:{completed:D}"] = 30_000,
                [$"participation:{overridden:D}"] = 50_000,
                [$"community-activity:{verified:D}"] = 100_000,
            },
            entries.ToDictionary(e => e.DerivationKey, e => e.Amount));
        Assert.All(entries, e => Assert.Equal((line, StipendEntryState.Calculated), (e.BudgetLineId, e.State)));
        Assert.True((await host.CheckAsync()).Holds);
    }

    [Fact]
    public async Task Recalculate_Twice_AddsNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddLineAsync();
        var task = await host.AddTaskAsync();
        for (var i = 0; i < 5; i++)
        {
            await host.AddParticipationAsync(task);
        }

        await host.SetRuleAsync(30_000);
        var first = await host.RecalculatedAsync();
        var second = await host.RecalculatedAsync();

        Assert.Equal((5, 0), (first.Created, first.Unchanged));
        Assert.Equal((0, 0, 5), (second.Created, second.Reversed, second.Unchanged));
        Assert.Equal(5, (await host.EntriesAsync()).Count);
    }

    [Fact]
    public async Task Recalculate_EightConcurrently_AddsEachEntryOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddLineAsync();
        var task = await host.AddTaskAsync();
        for (var i = 0; i < 20; i++)
        {
            await host.AddParticipationAsync(task);
        }

        await host.SetRuleAsync(30_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => host.RecalculateAsync())));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Equal(20, results.Sum(r => r.Value.Created));
        var entries = await host.EntriesAsync();
        Assert.Equal(20, entries.Count);
        Assert.Equal(20, entries.Select(e => e.SourceId).Distinct().Count());
        Assert.True((await host.CheckAsync()).Holds);
    }

    [Fact]
    public async Task Recalculate_EvidenceGoneAndRuleChanged_ReversalsBalanceAndNothingIsDeleted()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync();
        var task = await host.AddTaskAsync();
        var (calculated, approved, held, withdrawn) = (
            await host.AddParticipationAsync(task), await host.AddParticipationAsync(task), await host.AddParticipationAsync(task), await host.AddParticipationAsync(task));
        var community = await host.AddCommunityAsync(await host.AddPersonAsync());
        var activity = await host.AddActivityAsync(community);
        await host.SetRuleAsync(30_000, 80_000);
        await host.RecalculatedAsync();
        var bySource = (await host.EntriesAsync()).ToDictionary(e => e.SourceId!.Value);
        Assert.True((await host.ApproveAsync(bySource[approved].Id)).IsSuccess);
        Assert.True((await host.RunAsync<StipendEntryService, Result<StipendEntryView>>((s, ct) => s.HoldAsync(bySource[held].Id, "서류 확인 중", StipendArrange.Staff, ct))).IsSuccess);
        var counts = new List<int> { (await host.EntriesAsync()).Count };

        await host.SetParticipationStateAsync(withdrawn, ParticipationState.Withdrawn);
        Assert.True((await host.RunAsync<CommunityActivityService, Result<CommunityActivityView>>((s, ct) => s.RejectAsync(activity, "증빙 불충분", StipendArrange.Staff, ct))).IsSuccess);
        var gone = await host.RecalculatedAsync();
        counts.Add((await host.EntriesAsync()).Count);
        await host.SetRuleAsync(35_000, 80_000);
        var raised = await host.RecalculatedAsync();
        counts.Add((await host.EntriesAsync()).Count);
        var again = await host.RecalculatedAsync();
        counts.Add((await host.EntriesAsync()).Count);

        var entries = await host.EntriesAsync();
        Assert.Equal((0, 2), (gone.Created, gone.Reversed));
        Assert.Equal((3, 3), (raised.Created, raised.Reversed));
        Assert.Equal((0, 0), (again.Created, again.Reversed));
        Assert.Equal(counts.Order().ToList(), counts);
        Assert.Equal([5, 7, 13, 13], counts);
        foreach (var source in new[] { calculated, approved, held })
        {
            Assert.Equal(35_000, entries.Where(e => e.SourceId == source).Sum(e => e.Amount));
            Assert.Single(entries, e => e.DerivationKey == $"participation:{source:D}:2");
        }

        Assert.Equal(0, entries.Where(e => e.SourceId == withdrawn || e.SourceId == activity).Sum(e => e.Amount));
        Assert.All(entries.Where(e => e.Kind == StipendEntryKind.Reversal), r => Assert.Equal(-entries.Single(e => e.Id == r.ReversesId).Amount, r.Amount));
        Assert.Equal(0, (await host.LineAsync(line)).Committed);
        Assert.True((await host.CheckAsync()).Holds);
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task Recalculate_PaidEntryEvidenceGone_RecoveryReversalStaysOpen()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync();
        var task = await host.AddTaskAsync();
        var participation = await host.AddParticipationAsync(task);
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var entry = Assert.Single(await host.EntriesAsync());
        Assert.True((await host.ApproveAsync(entry.Id)).IsSuccess);
        var batch = await host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.ExportAsync("2026-03", StipendArrange.Staff, ct));
        Assert.True((await host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.MarkPaidAsync(batch.Value.Id, StipendArrange.Staff, ct))).IsSuccess);

        await host.SetParticipationStateAsync(participation, ParticipationState.Withdrawn);
        await host.RecalculatedAsync();

        var entries = await host.EntriesAsync();
        var reversal = Assert.Single(entries, e => e.Kind == StipendEntryKind.Reversal);
        Assert.Equal((StipendEntryState.Paid, StipendEntryState.Calculated, -30_000L), (entries.Single(e => e.Id == entry.Id).State, reversal.State, reversal.Amount));
        Assert.Equal((0L, 30_000L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        var totals = await host.RunAsync<StipendQueries, Result<StipendTotals>>((s, ct) => s.TotalsAsync(StipendArrange.Year, ct));
        Assert.Equal((30_000L, 30_000L, 0L, 0L, 0L), (totals.Value.Paid, totals.Value.RecoveriesOutstanding, totals.Value.RecoveriesNetting, totals.Value.RecoveriesSettled, totals.Value.Net));
        Assert.True((await host.CheckAsync()).Holds);
    }

    [Fact]
    public async Task Approve_WouldOverdrawLine_RefusedAllOrNothingAndNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync(amount: 50_000);
        var task = await host.AddTaskAsync();
        await host.AddParticipationAsync(task);
        await host.AddParticipationAsync(task);
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var ids = (await host.EntriesAsync()).Select(e => e.Id).ToArray();
        var audits = await host.AuditCountAsync(StipendEntryLifecycle.Entity);

        var both = await host.ApproveAsync(ids);

        Assert.Equal("budget.overdrawn", both.Error?.Code);
        Assert.All(await host.EntriesAsync(), e => Assert.Equal(StipendEntryState.Calculated, e.State));
        Assert.Equal(0, (await host.LineAsync(line)).Committed);
        Assert.Equal(audits, await host.AuditCountAsync(StipendEntryLifecycle.Entity));
        Assert.True((await host.ApproveAsync(ids[0])).IsSuccess);
        Assert.Equal(30_000, (await host.LineAsync(line)).Committed);
    }

    [Fact]
    public async Task Approve_TwentyRaceForALineOfTen_ExactlyTenApprovedAndLineNeverOverdrawn()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync(amount: 300_000);
        var task = await host.AddTaskAsync();
        for (var i = 0; i < 20; i++)
        {
            await host.AddParticipationAsync(task);
        }

        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var ids = (await host.EntriesAsync()).Select(e => e.Id).ToList();

        var results = await Task.WhenAll(ids.Select(id => Task.Run(() => host.ApproveAsync(id))));

        Assert.Equal(10, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("budget.overdrawn", r.Error!.Code));
        Assert.Equal((300_000L, 0L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        Assert.Equal(10, (await host.EntriesAsync()).Count(e => e.State == StipendEntryState.Approved));
    }

    [Fact]
    public async Task Approve_ClosedYear_RefusedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync();
        var task = await host.AddTaskAsync();
        await host.AddParticipationAsync(task);
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var entry = Assert.Single(await host.EntriesAsync());
        await host.DbAsync(async db =>
        {
            var year = await db.Set<SeoulMonitor.Core.Incentives.Budget.BudgetYear>().FindAsync([StipendArrange.Year], TestContext.Current.CancellationToken);
            year!.IsClosed = true;
            return year;
        });

        var approved = await host.ApproveAsync(entry.Id);
        var recalculated = await host.RecalculateAsync();
        var rule = await host.RunAsync<StipendRuleService, Result<StipendRuleView>>((s, ct) =>
            s.SetAsync(new StipendRuleRequest(StipendArrange.Year, null, 1, 0), StipendArrange.Staff, ct));

        Assert.Equal("budget.year_closed", approved.Error?.Code);
        Assert.Equal("stipend.year_closed", recalculated.Error?.Code);
        Assert.Equal("stipend.year_closed", rule.Error?.Code);
        Assert.Equal(StipendEntryState.Calculated, Assert.Single(await host.EntriesAsync()).State);
        Assert.Equal(0, (await host.LineAsync(line)).Committed);
    }
}

public sealed class StipendLedgerSqliteTests() : StipendLedgerContract(StorageProvider.Sqlite);

public sealed class StipendLedgerPostgresTests() : StipendLedgerContract(StorageProvider.PostgreSql);
