using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>
/// Recoveries (환수) on each provider: a reversed paid entry opens a recovery, netted in the payee's next batch of the
/// same year (never below zero) or collected by finance; the line's Paid = Σ paid entries − Σ settled recoveries.
/// </summary>
public abstract class RecoveryContract(StorageProvider provider)
{
    /// <summary>One monitor's entry of <paramref name="amount"/> approved, exported in March and paid.</summary>
    private static async Task<(Guid Line, Guid Monitor, StipendEntry Entry)> PaidAsync(CoreTestHost host, long amount = 30_000, int year = StipendArrange.Year, Guid? monitor = null)
    {
        var line = await host.AddLineAsync(year: year);
        var person = monitor ?? await host.AddPersonAsync();
        await host.AddParticipationAsync(await host.AddTaskAsync(year), person);
        await host.RuleAsync(year, amount);
        Assert.True((await host.RecalculateAsync(year)).IsSuccess);
        var entry = Assert.Single(await host.EntriesAsync(), e => e.Year == year);
        Assert.True((await host.ApproveAsync(entry.Id)).IsSuccess);
        await host.PaidAsync((await host.ExportedAsync($"{year}-03")).Id);
        return (line, person, entry);
    }

    private static async Task<StipendEntry> ReviseAsync(CoreTestHost host, long amount, int year = StipendArrange.Year)
    {
        await host.RuleAsync(year, amount);
        Assert.True((await host.RecalculateAsync(year)).IsSuccess);
        var revised = Assert.Single(await host.EntriesAsync(), e => e.Year == year && e.State == StipendEntryState.Calculated && e.Kind != StipendEntryKind.Reversal);
        Assert.True((await host.ApproveAsync(revised.Id)).IsSuccess);
        return revised;
    }

    [Fact]
    public async Task Export_PaidEntryReversedAndRuleLowered_NetsToZeroRestStaysDueThenCollected()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, monitor, paid) = await PaidAsync(host);
        await ReviseAsync(host, 20_000);
        var recovery = Assert.Single(await host.RecoveriesAsync());
        Assert.Equal((paid.Id, 30_000L, RecoveryState.Due), (recovery.EntryId, recovery.Amount, recovery.State));

        var april = await host.ExportedAsync("2026-04");
        var row = Assert.Single(await host.RowsAsync(april.Id));
        await host.PaidAsync(april.Id);
        var partly = Assert.Single(await host.RecoveriesAsync());
        await host.AssertInvariantsAsync();
        var collected = await host.CollectAsync(recovery.Id, "  재무과 수납 제2026-0412호  ");

        Assert.Equal((20_000L, 20_000L, 0L), (april.Total, april.Recovered, april.Net));
        Assert.Equal((20_000L, 20_000L, 0L), (row.Gross, row.Recovered, row.Amount));
        Assert.Contains("환수 20000원 상계", row.Memo, StringComparison.Ordinal);
        Assert.Equal((20_000L, 20_000L, RecoveryState.Due), (partly.Netted, partly.Settled, partly.State));
        Assert.True(collected.IsSuccess, collected.Error?.Code);
        Assert.Equal((RecoveryState.Collected, 10_000L, 30_000L, 0L, "재무과 수납 제2026-0412호"),
            (collected.Value.State, collected.Value.Collected, collected.Value.Settled, collected.Value.Outstanding, collected.Value.Reference));
        Assert.Equal((0L, 20_000L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        await host.AssertInvariantsAsync();
        Assert.Equal(3, (await host.EntriesAsync()).Count);
        Assert.Equal(3, await host.AuditCountAsync(RecoveryLifecycle.Entity));
        var mine = await host.RunAsync<RecoveryService, IReadOnlyList<RecoveryView>>((s, ct) => s.MineAsync(monitor, null, ct));
        var others = await host.RunAsync<RecoveryService, IReadOnlyList<RecoveryView>>((s, ct) => s.MineAsync(Guid.NewGuid(), null, ct));
        Assert.Equal((recovery.Id, 0), (Assert.Single(mine).Id, others.Count));
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task Export_PaidEntryReversedAndRuleRaised_RecoveryFullyNettedLinePaidIsWhatWasTransferred()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _, _) = await PaidAsync(host);
        await ReviseAsync(host, 40_000);

        var april = await host.ExportedAsync("2026-04");
        await host.PaidAsync(april.Id);

        Assert.Equal((40_000L, 30_000L, 10_000L), (april.Total, april.Recovered, april.Net));
        var recovery = Assert.Single(await host.RecoveriesAsync());
        Assert.Equal((RecoveryState.Netted, 30_000L, 30_000L), (recovery.State, recovery.Netted, recovery.Settled));
        Assert.Equal((0L, 40_000L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        await host.AssertInvariantsAsync();
        Assert.Equal("stipend_recovery.invalid_transition", (await host.CollectAsync(recovery.Id, "영수증 1")).Error?.Code);
        Assert.Equal(40_000L, (await host.LineAsync(line)).Paid);
    }

    [Fact]
    public async Task Recalculate_ApprovedEntryNotExportedReversed_CommitmentReleasedAndNoRecovery()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync();
        await host.AddParticipationAsync(await host.AddTaskAsync(), await host.AddPersonAsync());
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        Assert.True((await host.ApproveAsync(Assert.Single(await host.EntriesAsync()).Id)).IsSuccess);
        Assert.Equal(30_000L, (await host.LineAsync(line)).Committed);

        await host.SetRuleAsync(25_000);
        await host.RecalculatedAsync();

        Assert.Equal((0L, 0L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        Assert.Empty(await host.RecoveriesAsync());
        var entries = await host.EntriesAsync();
        Assert.Equal(2, entries.Count(e => e.State == StipendEntryState.Reversed));
        Assert.Equal(25_000L, entries.Sum(e => e.Amount));
        await host.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Collect_ReversedWhileExported_RefusedUntilPaidAndNotNettedMeanwhile()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync();
        await host.AddParticipationAsync(await host.AddTaskAsync(), await host.AddPersonAsync());
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        Assert.True((await host.ApproveAsync(Assert.Single(await host.EntriesAsync()).Id)).IsSuccess);
        var march = await host.ExportedAsync("2026-03");
        await ReviseAsync(host, 20_000);
        var recovery = Assert.Single(await host.RecoveriesAsync());
        var audits = await host.AuditCountAsync();

        var early = await host.CollectAsync(recovery.Id, "영수증 7");
        var april = await host.ExportedAsync("2026-04");

        Assert.Equal("stipend.recovery.not_yet_paid", early.Error?.Code);
        Assert.Equal(0L, april.Recovered);
        Assert.Equal(audits + 2, await host.AuditCountAsync());
        await host.PaidAsync(march.Id);
        await host.PaidAsync(april.Id);
        Assert.Equal(50_000L, (await host.LineAsync(line)).Paid);
        Assert.True((await host.CollectAsync(recovery.Id, "영수증 7")).IsSuccess);
        Assert.Equal(20_000L, (await host.LineAsync(line)).Paid);
        await host.AssertInvariantsAsync();
    }

    [Theory]
    [InlineData(null, "stipend.recovery.reference.invalid")]
    [InlineData(" 1 ", "stipend.recovery.reference.invalid")]
    [InlineData(RecoveryLimits.ReferenceMaxLength + 1, "stipend.recovery.reference.invalid")]
    [InlineData(RecoveryLimits.ReferenceMinLength, null)]
    [InlineData(RecoveryLimits.ReferenceMaxLength, null)]
    public async Task Collect_ReferenceAtAndBeyondLimits_RefusedNothingWrittenOrCollected(object? reference, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _, _) = await PaidAsync(host);
        await host.RuleAsync(StipendArrange.Year, 0);
        await host.RecalculatedAsync();
        var recovery = Assert.Single(await host.RecoveriesAsync());
        var audits = await host.AuditCountAsync();
        var text = reference is int length ? new string('가', length) : (string?)reference;

        var result = await host.CollectAsync(recovery.Id, text);

        Assert.Equal(code, result.IsSuccess ? null : result.Error.Code);
        Assert.Equal(code is null ? 0L : 30_000L, (await host.LineAsync(line)).Paid);
        Assert.Equal(code is null ? audits + 1 : audits, await host.AuditCountAsync());
        await host.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Collect_ByMonitorOrUnknown_RefusedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, monitor, _) = await PaidAsync(host);
        await host.RuleAsync(StipendArrange.Year, 0);
        await host.RecalculatedAsync();
        var recovery = Assert.Single(await host.RecoveriesAsync());

        var byMonitor = await host.CollectAsync(recovery.Id, "영수증 1", Actor.Monitor(monitor));
        var unknown = await host.CollectAsync(Guid.NewGuid(), "영수증 1");
        var list = await host.RunAsync<RecoveryService, Result<IReadOnlyList<RecoveryView>>>((s, ct) => s.ListAsync(null, null, Actor.Monitor(monitor), ct));

        Assert.Equal(("stipend.forbidden", "stipend.recovery.not_found", "stipend.forbidden"), (byMonitor.Error?.Code, unknown.Error?.Code, list.Error?.Code));
        Assert.Equal((RecoveryState.Due, 30_000L), (Assert.Single(await host.RecoveriesAsync()).State, (await host.LineAsync(line)).Paid));
    }

    [Fact]
    public async Task Export_CommunityEntryPaidThenLowered_NettedInTheCommunityRowOfItsLeader()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync();
        var leader = await host.AddPersonAsync("최리더");
        var community = await host.AddCommunityAsync(leader);
        await host.AddActivityAsync(community);
        await host.SetRuleAsync(0, 100_000);
        await host.RecalculatedAsync();
        Assert.True((await host.ApproveAsync(Assert.Single(await host.EntriesAsync()).Id)).IsSuccess);
        await host.PaidAsync((await host.ExportedAsync("2026-03")).Id);
        await host.SetRuleAsync(0, 60_000);
        await host.RecalculatedAsync();
        var revised = Assert.Single(await host.EntriesAsync(), e => e.State == StipendEntryState.Calculated && e.Kind != StipendEntryKind.Reversal);
        Assert.True((await host.ApproveAsync(revised.Id)).IsSuccess);

        var april = await host.ExportedAsync("2026-04");
        var row = Assert.Single(await host.RowsAsync(april.Id));
        await host.PaidAsync(april.Id);

        Assert.Equal(("최리더", 60_000L, 60_000L, 0L), (row.Name, row.Gross, row.Recovered, row.Amount));
        var recovery = Assert.Single(await host.RecoveriesAsync());
        Assert.Equal(((Guid?)null, (Guid?)community, RecoveryState.Due, 40_000L), (recovery.MonitorId, recovery.CommunityId, recovery.State, recovery.Amount - recovery.Netted));
        Assert.Equal(100_000L, (await host.LineAsync(line)).Paid);
        await host.AssertInvariantsAsync();
    }

    [Fact]
    public async Task CollectAndExport_Concurrently_NeverSettleMoreThanDueAndInvariantsHold()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _, _) = await PaidAsync(host);
        await ReviseAsync(host, 20_000);
        var recovery = Assert.Single(await host.RecoveriesAsync());

        var collecting = host.CollectAsync(recovery.Id, "영수증 99");
        var exporting = host.ExportAsync("2026-04");
        await Task.WhenAll(collecting, exporting);
        var (collect, export) = (await collecting, await exporting);

        Assert.True(export.IsSuccess || export.Error?.Code == "stipend.concurrent_change", export.Error?.Code);
        Assert.True(collect.IsSuccess || collect.Error?.Code is "stipend.concurrent_change" or "stipend_recovery.invalid_transition", collect.Error?.Code);
        var after = Assert.Single(await host.RecoveriesAsync());
        Assert.InRange(after.Netted + after.Collected, 0, after.Amount);
        foreach (var batch in (await host.BatchesAsync()).Where(b => b.State == PayoutBatchState.Exported))
        {
            await host.PaidAsync(batch.Id);
        }

        await host.AssertInvariantsAsync();
        var paid = (await host.LineAsync(line)).Paid;
        Assert.Equal(30_000L + (export.IsSuccess ? 20_000L : 0L) - (await host.RecoveriesAsync())[0].Settled, paid);
    }

    [Fact]
    public async Task Export_RecoveryOfAnotherBudgetYear_NotNettedStaysDue()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (_, monitor, _) = await PaidAsync(host, year: 2025);
        await host.RuleAsync(2025, 0);
        Assert.True((await host.RecalculateAsync(2025)).IsSuccess);
        await host.AddLineAsync();
        await host.AddParticipationAsync(await host.AddTaskAsync(), monitor);
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        Assert.True((await host.ApproveAsync(Assert.Single(await host.EntriesAsync(), e => e.Year == StipendArrange.Year).Id)).IsSuccess);

        var march = await host.ExportedAsync("2026-03");

        Assert.Equal((30_000L, 0L), (march.Total, march.Recovered));
        Assert.Equal((RecoveryState.Due, 2025), (Assert.Single(await host.RecoveriesAsync()).State, (await host.RecoveriesAsync())[0].Year));
        await host.AssertInvariantsAsync(2025);
        await host.AssertInvariantsAsync();
    }
}

public sealed class RecoverySqliteTests() : RecoveryContract(StorageProvider.Sqlite);

public sealed class RecoveryPostgresTests() : RecoveryContract(StorageProvider.PostgreSql);
