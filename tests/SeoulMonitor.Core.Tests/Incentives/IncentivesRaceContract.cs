using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Insurance;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Incentives.Advisers;
using SeoulMonitor.Core.Tests.Incentives.Awards;
using SeoulMonitor.Core.Tests.Incentives.Budget;
using SeoulMonitor.Core.Tests.Incentives.Insurance;
using SeoulMonitor.Core.Tests.Incentives.Stipends;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Recruitment;

namespace SeoulMonitor.Core.Tests.Incentives;

/// <summary>
/// The races the incentives locks claim to prevent, each run as concurrent units of work (own scope, own transaction)
/// on each provider: one approval and one payout per entry, one batch per entry, one award cycle per year, one
/// consistent set of nominations, a roster equal to the confirmed monitors at one moment, and an advisory line never
/// overdrawn.
/// </summary>
public abstract class IncentivesRaceContract(StorageProvider provider)
{
    private const int Racers = 8;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<T[]> RaceAsync<T>(int count, Func<int, Task<T>> run) => Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => run(i), Ct)));

    [Fact]
    public async Task Approve_SameEntryConcurrently_ApprovedOnceCommittedOnceAuditedOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync(amount: 1_000_000);
        await host.AddParticipationAsync(await StipendArrange.AddTaskAsync(host));
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var id = (await host.EntriesAsync()).Single().Id;
        var audits = await host.AuditCountAsync(StipendEntryLifecycle.Entity, id);

        var results = await RaceAsync(Racers, _ => host.ApproveAsync(id));

        Assert.Equal(1, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Contains(r.Error!.Code, new[] { "stipend_entry.invalid_transition", "stipend.concurrent_change" }));
        Assert.Equal((30_000L, 0L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        Assert.Equal(audits + 1, await host.AuditCountAsync(StipendEntryLifecycle.Entity, id));
    }

    [Fact]
    public async Task ExportAndMarkPaid_Concurrently_OneBatchHoldsEachEntryOnceAndIsPaidOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync(amount: 1_000_000);
        var task = await StipendArrange.AddTaskAsync(host);
        for (var i = 0; i < 5; i++)
        {
            await host.AddParticipationAsync(task, await host.AddPersonAsync());
        }

        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var ids = (await host.EntriesAsync()).Select(e => e.Id).ToArray();
        Assert.True((await host.ApproveAsync(ids)).IsSuccess);

        var exports = await RaceAsync(Racers, _ => host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.ExportAsync("2026-03", StipendArrange.Staff, ct)));

        var batch = Assert.Single(exports, r => r.IsSuccess).Value;
        Assert.All(exports.Where(r => !r.IsSuccess), r => Assert.Contains(r.Error!.Code, new[] { "stipend.payout_empty", "stipend.concurrent_change" }));
        Assert.Equal(1, await host.QueryAsync(db => db.Set<PayoutBatch>().CountAsync(Ct)));
        Assert.Equal((5, 150_000L), (batch.EntryCount, batch.Total));
        Assert.All(await host.EntriesAsync(), e => Assert.Equal((batch.Id, StipendEntryState.Exported), (e.PayoutBatchId!.Value, e.State)));

        var paid = await RaceAsync(Racers, _ => host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.MarkPaidAsync(batch.Id, StipendArrange.Staff, ct)));

        Assert.Equal(1, paid.Count(r => r.IsSuccess));
        Assert.Equal((0L, 150_000L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        Assert.All(await host.EntriesAsync(), e => Assert.Equal(StipendEntryState.Paid, e.State));
    }

    [Fact]
    public async Task ApproveAndRecalculateUnderARuleChange_Concurrently_CommittedEqualsTheApprovedLiveEntries()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.AddLineAsync(amount: 10_000_000);
        var task = await StipendArrange.AddTaskAsync(host);
        for (var i = 0; i < 6; i++)
        {
            await host.AddParticipationAsync(task, await host.AddPersonAsync());
        }

        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var ids = (await host.EntriesAsync()).Select(e => e.Id).ToArray();
        await host.SetRuleAsync(40_000);

        await Task.WhenAll(
            RaceAsync(ids.Length, i => host.ApproveAsync(ids[i])),
            RaceAsync(2, _ => host.RecalculateAsync()));
        await host.RecalculatedAsync();

        var entries = await host.EntriesAsync();
        var stored = await host.LineAsync(line);
        Assert.Equal(entries.Where(e => e.State == StipendEntryState.Approved).Sum(e => e.Amount), stored.Committed);
        Assert.Equal(6, entries.Count(e => e.Kind != StipendEntryKind.Reversal && e.Amount == 40_000 && e.State != StipendEntryState.Reversed));
        Assert.All(entries.Where(e => e.State == StipendEntryState.Approved), e => Assert.Equal(40_000, e.Amount));
    }

    [Fact]
    public async Task OpenAwardCycle_ConcurrentlyForOneYear_ExactlyOneCycleAndOneAudit()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var results = await RaceAsync(Racers, _ => host.OpenRawAsync(2026, 10, 3));

        Assert.Equal(1, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("award.cycle_exists", r.Error!.Code));
        Assert.Single(await host.AllAsync<AwardCycle>());
        Assert.Equal(1, await host.AuditCountAsync(AwardCycleLifecycle.Entity));
    }

    [Fact]
    public async Task ComputeNominations_Concurrently_OneConsistentSet()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.YearTaskAsync();
        var monitors = await host.AddApplicantsAsync(6);
        for (var i = 0; i < monitors.Length; i++)
        {
            await host.JoinAsync(task.Id, monitors[i], ParticipationState.Completed);
            await host.SubmitAsync(task.Id, monitors[i], null, [.. Enumerable.Repeat(SubmissionState.Approved, i + 1)]);
        }

        await host.OpenAsync(2026);
        Assert.True((await host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, IncentivesArrange.Staff, ct))).IsSuccess);
        var expected = (await host.AllAsync<AwardNomination>()).Select(n => (n.CandidateId, n.Score, n.Rank)).Order().ToList();

        var results = await RaceAsync(4, _ => host.AwardsAsync((s, ct) => s.ComputeNominationsAsync(2026, IncentivesArrange.Staff, ct)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Equal(expected, (await host.AllAsync<AwardNomination>()).Select(n => (n.CandidateId, n.Score, n.Rank)).Order().ToList());
    }

    [Fact]
    public async Task DrawUpRoster_RacingRecruitmentChanges_EachRosterIsTheConfirmedSetAtOneMoment()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.YearTaskAsync(2026, MonitoringTaskState.RecruitmentClosed);
        var monitors = await host.AddApplicantsAsync(6);
        var participations = new List<Participation>();
        foreach (var monitor in monitors)
        {
            participations.Add(await host.JoinAsync(task.Id, monitor, ParticipationState.Selected));
        }

        // The confirmed set after k withdrawals (in order): the valid rosters.
        var moments = Enumerable.Range(0, monitors.Length).Select(k => monitors.Skip(k).Order().ToList()).ToList();
        var withdrawals = Task.Run(async () =>
        {
            for (var k = 0; k < monitors.Length - 1; k++)
            {
                await host.SetParticipationStateAsync(participations[k].Id, ParticipationState.Withdrawn);
            }
        }, Ct);
        var draws = await RaceAsync(Racers, _ => host.DrawUpAsync(task.Id));
        await withdrawals;

        Assert.All(draws, d =>
        {
            Assert.True(d.IsSuccess, d.Error?.Code);
            Assert.Contains(moments, m => m.SequenceEqual(d.Value.MonitorIds));
        });
        var final = await host.DrawUpAsync(task.Id);
        Assert.Equal(moments[^1], final.Value.MonitorIds);
        Assert.Equal(moments[^1], (await host.AllAsync<CoverageMember>()).Select(m => m.MonitorId).Order());
    }

    [Fact]
    public async Task PlanAndPayConsultations_ConcurrentlyOnASmallAdvisoryLine_NeverOverdrawnAndEachPaidOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(500_000);
        var adviser = await host.AdviserAsync();

        var planned = await RaceAsync(Racers, _ => host.PlanAsync(adviser, line.Id, 200_000));

        Assert.Equal(2, planned.Count(r => r.IsSuccess));
        Assert.All(planned.Where(r => !r.IsSuccess), r => Assert.Equal("budget.overdrawn", r.Error!.Code));
        Assert.Equal(2, await host.ConsultationCountAsync());
        host.Time.Advance(TimeSpan.FromDays(1));
        foreach (var c in planned.Where(r => r.IsSuccess))
        {
            Assert.True((await host.ConsultationsAsync((s, ct) => s.HoldAsync(c.Value.Id, AdviserArrange.Staff, ct))).IsSuccess);
        }

        var paid = await RaceAsync(Racers, i => host.ConsultationsAsync((s, ct) => s.PayAsync(planned.Where(r => r.IsSuccess).ElementAt(i % 2).Value.Id, AdviserArrange.Staff, ct)));

        Assert.Equal(2, paid.Count(r => r.IsSuccess));
        var stored = await host.StoredLineAsync(line.Id);
        Assert.Equal((0L, 400_000L), (stored.Committed, stored.Paid));
    }
}

public sealed class IncentivesRaceSqliteTests() : IncentivesRaceContract(StorageProvider.Sqlite);

public sealed class IncentivesRacePostgresTests() : IncentivesRaceContract(StorageProvider.PostgreSql);
