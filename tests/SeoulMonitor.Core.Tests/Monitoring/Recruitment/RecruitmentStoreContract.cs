using System.Diagnostics;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Recruitment.RecruitmentArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Recruitment;

/// <summary>Recruitment under real concurrency (separate scopes and contexts, all at once), on each provider.</summary>
public abstract class RecruitmentStoreContract(StorageProvider provider)
{
    [Fact]
    public async Task Apply_2000RaceFor400Seats_Exactly400SelectedRestWaitlistedInArrivalOrder()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.AddTaskAsync(capacity: 400);
        var monitors = await host.AddApplicantsAsync(2000);
        var clock = Stopwatch.StartNew();

        var results = await Task.WhenAll(monitors.Select(m => Task.Run(() => host.ApplyAsync(task.Id, m))));

        TestContext.Current.SendDiagnosticMessage($"{provider}: 2,000 applications in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        var views = results.Select(r => r.Value).ToList();
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => (long)i), views.Select(v => v.Sequence).Order());
        Assert.Equal(400, views.Count(v => v.State == ParticipationState.Selected));
        Assert.Equal(1600, views.Count(v => v.State == ParticipationState.Waitlisted));
        Assert.All(views, v => Assert.Equal(v.Sequence <= 400 ? ParticipationState.Selected : ParticipationState.Waitlisted, v.State));
        Assert.All(views.Where(v => v.State == ParticipationState.Waitlisted), v => Assert.Equal((int)v.Sequence - 400, v.WaitlistPosition));

        var stored = await host.ParticipationsAsync(task.Id);
        Assert.Equal(views.OrderBy(v => v.Id).Select(v => (v.Id, v.State, v.Sequence)), stored.OrderBy(p => p.Id).Select(p => (p.Id, p.State, p.Sequence)));
        var saved = await host.TaskAsync(task.Id);
        Assert.Equal((400, 2000L), (saved.SelectedCount, saved.ApplicationSequence));
        await host.AssertSeatsConsistentAsync(task.Id);
        Assert.Equal(2000, (await host.NoticesAsync()).Count);
        Assert.Equal(4000, await host.AuditCountAsync(ParticipationLifecycle.Entity));
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task WithdrawalsRaceApplications_SeatsNeverExceededAndNoSeatLost()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.AddTaskAsync(capacity: 50);
        var early = await host.AddApplicantsAsync(100, first: 1);
        var late = await host.AddApplicantsAsync(150, first: 1001);
        foreach (var (m, i) in early.Select((m, i) => (m, i)))
        {
            await host.AddParticipationAsync(task.Id, m, i < 50 ? ParticipationState.Selected : ParticipationState.Waitlisted);
        }

        var leaving = early.Take(40).ToHashSet();
        var work = leaving.Select(m => (Func<Task<Result<ParticipationView>>>)(() => host.WithdrawAsync(task.Id, m)))
            .Concat(late.Select(m => (Func<Task<Result<ParticipationView>>>)(() => host.ApplyAsync(task.Id, m))))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();

        var results = await Task.WhenAll(work.Select(w => Task.Run(w)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        await host.AssertSeatsConsistentAsync(task.Id);
        var stored = await host.ParticipationsAsync(task.Id);
        var active = stored.Where(p => p.State != ParticipationState.Withdrawn).OrderBy(p => p.Sequence).ToList();
        Assert.Equal(leaving.Order(), stored.Where(p => p.State == ParticipationState.Withdrawn).Select(p => p.MonitorId).Order());

        // First come, first served with immediate promotion: the seats are held by the earliest arrivals still in.
        Assert.All(active.Take(50), p => Assert.Equal(ParticipationState.Selected, p.State));
        Assert.All(active.Skip(50), p => Assert.Equal(ParticipationState.Waitlisted, p.State));
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task LotteryCloseRacesLateApplications_EveryApplicantDrawnOrRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.AddTaskAsync(capacity: 20, method: SelectionMethod.Lottery, seed: 77);
        var early = await host.AddApplicantsAsync(40, first: 1);
        var late = await host.AddApplicantsAsync(60, first: 1001);
        foreach (var m in early)
        {
            await host.AddParticipationAsync(task.Id, m, ParticipationState.Applied);
        }

        var applying = late.Select(m => Task.Run(() => host.ApplyAsync(task.Id, m))).ToList();
        var closing = Task.Run(async () =>
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
            return await host.CloseAsync(task.Id);
        });
        var applied = await Task.WhenAll(applying);
        var closed = await closing;

        Assert.True(closed.IsSuccess, closed.Error?.Code);
        Assert.All(applied.Where(r => !r.IsSuccess), r => Assert.Equal("recruitment.closed", r.Error!.Code));
        var stored = await host.ParticipationsAsync(task.Id);
        Assert.Equal(40 + applied.Count(r => r.IsSuccess), stored.Count);
        Assert.DoesNotContain(stored, p => p.State == ParticipationState.Applied);
        var drawn = stored.OrderBy(p => p.LotteryRank).ToList();
        Assert.Equal(LotteryDraw.Draw(77, stored.Select(p => p.MonitorId)), drawn.Select(p => p.MonitorId));
        Assert.Equal(Enumerable.Range(1, stored.Count), drawn.Select(p => p.LotteryRank!.Value));
        Assert.All(drawn.Take(20), p => Assert.Equal(ParticipationState.Selected, p.State));
        Assert.All(drawn.Skip(20), p => Assert.Equal(ParticipationState.Waitlisted, p.State));
        Assert.Equal((20, 20, stored.Count - 20), (closed.Value.SeatsTaken, closed.Value.Selected, closed.Value.Waitlisted));
        await host.AssertSeatsConsistentAsync(task.Id);
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }
}

public sealed class RecruitmentStoreSqliteTests() : RecruitmentStoreContract(StorageProvider.Sqlite);

public sealed class RecruitmentStorePostgresTests() : RecruitmentStoreContract(StorageProvider.PostgreSql);
