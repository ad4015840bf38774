using SeoulMonitor.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Recruitment.RecruitmentArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Recruitment;

/// <summary>Closing recruitment: the seeded lottery (reproducible, independent of arrival order), its waitlist, and the decline at fieldwork close.</summary>
public sealed class RecruitmentCloseTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private CoreTestHost Host => fixture.Host;

    [Fact]
    public async Task CloseRecruitment_Lottery_SelectsTheDrawsFirstSeatsAndWaitlistsTheRestByRank()
    {
        var task = await Host.AddTaskAsync(capacity: 3, method: SelectionMethod.Lottery, seed: 42);
        var monitors = await Host.AddApplicantsAsync(8, first: 300);
        foreach (var m in monitors)
        {
            await Host.AppliedAsync(task.Id, m);
        }

        var noticesBefore = (await Host.NoticesAsync()).Count;
        var auditBefore = await Host.AuditCountAsync();

        var counts = (await Host.CloseAsync(task.Id)).Value;

        var expected = LotteryDraw.Draw(42, monitors);
        var rows = (await Host.ParticipationsAsync(task.Id)).OrderBy(p => p.LotteryRank).ToList();
        Assert.Equal(expected, rows.Select(p => p.MonitorId));
        Assert.Equal(Enumerable.Range(1, 8), rows.Select(p => p.LotteryRank!.Value));
        Assert.All(rows.Take(3), p => Assert.Equal(ParticipationState.Selected, p.State));
        Assert.All(rows.Skip(3), p => Assert.Equal(ParticipationState.Waitlisted, p.State));
        Assert.Equal((MonitoringTaskState.RecruitmentClosed, 3, 3, 5, 0), (counts.TaskState, counts.SeatsTaken, counts.Selected, counts.Waitlisted, counts.Applied));
        Assert.Equal(auditBefore + 1 + 8, await Host.AuditCountAsync()); // the task's close, then one per applicant
        Assert.Equal(8, (await Host.NoticesAsync()).Count - noticesBefore);
        await Host.AssertSeatsConsistentAsync(task.Id);

        // A selected monitor withdraws: the best-ranked waitlisted one moves up, whatever their arrival.
        Assert.True((await Host.WithdrawAsync(task.Id, expected[1])).IsSuccess);
        Assert.Equal(ParticipationState.Selected, (await Host.ParticipationsAsync(task.Id)).Single(p => p.MonitorId == expected[3]).State);
        await Host.AssertSeatsConsistentAsync(task.Id);
    }

    [Fact]
    public async Task CloseRecruitment_SameSeedSameApplicantsAnyArrivalOrder_IdenticalDraw()
    {
        var ids = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToArray();
        var outcomes = new List<string>();
        foreach (var order in new[] { ids, ids.Reverse().ToArray(), ids.OrderBy(i => i.GetHashCode()).ToArray() })
        {
            await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
            var task = await host.AddTaskAsync(capacity: 10, method: SelectionMethod.Lottery, seed: -7_000_000_001);
            await host.AddApplicantsAsync(ids.Length, ids: order);
            foreach (var m in order)
            {
                await host.AppliedAsync(task.Id, m);
            }

            await host.CloseAsync(task.Id);
            var rows = await host.ParticipationsAsync(task.Id);
            outcomes.Add(string.Join(',', rows.OrderBy(p => p.LotteryRank).Select(p => $"{p.MonitorId}:{p.State}")));
        }

        Assert.Single(outcomes.Distinct());
        Assert.NotEqual(string.Join(',', LotteryDraw.Draw(-7_000_000_001, ids)), string.Join(',', LotteryDraw.Draw(-7_000_000_000, ids)));
    }

    [Fact]
    public async Task CloseRecruitment_LotteryWithoutSeed_RefusedWithNothingWritten()
    {
        var task = await Host.AddTaskAsync(method: SelectionMethod.Lottery, adjust: t => t.LotterySeed = null);
        await Host.AppliedAsync(task.Id, await Host.AddApplicantAsync(320));
        var before = await Host.SnapshotAsync(task.Id);

        var result = await Host.CloseAsync(task.Id);

        Assert.Equal("recruitment.lottery_seed_missing", result.Error?.Code);
        Assert.Equal(before, await Host.SnapshotAsync(task.Id));
    }

    [Fact]
    public async Task CloseRecruitment_FirstComeTwiceOrByMonitor_ClosesOnceKeepsWaitlist()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var m = await Host.AddApplicantsAsync(2, first: 330);
        await Host.AppliedAsync(task.Id, m[0]);
        await Host.AppliedAsync(task.Id, m[1]);

        var byMonitor = await Host.RecruitAsync((s, ct) => s.CloseRecruitmentAsync(task.Id, Actor.Monitor(m[0]), ct));
        var closed = await Host.CloseAsync(task.Id);
        var before = await Host.SnapshotAsync(task.Id);
        var again = await Host.CloseAsync(task.Id);
        var late = await Host.ApplyAsync(task.Id, await Host.AddApplicantAsync(332));

        Assert.Equal("recruitment.forbidden", byMonitor.Error?.Code);
        Assert.Equal((1, 1), (closed.Value.Selected, closed.Value.Waitlisted));
        Assert.Equal("monitoring_task.invalid_transition", again.Error?.Code);
        Assert.Equal("recruitment.closed", late.Error?.Code);
        Assert.Equal(before, await Host.SnapshotAsync(task.Id));
    }

    [Fact]
    public async Task DeclineRemaining_AtFieldworkClose_WaitingApplicationsNotSelectedAuditedAndTold()
    {
        var task = await Host.AddTaskAsync(capacity: 1, state: MonitoringTaskState.FieldworkOpen);
        var m = await Host.AddApplicantsAsync(4, first: 340);
        await Host.AddParticipationAsync(task.Id, m[0], ParticipationState.Selected);
        await Host.AddParticipationAsync(task.Id, m[1], ParticipationState.Waitlisted);
        await Host.AddParticipationAsync(task.Id, m[2], ParticipationState.Applied);
        await Host.AddParticipationAsync(task.Id, m[3], ParticipationState.Withdrawn);
        var (auditBefore, noticesBefore) = (await Host.AuditCountAsync(), (await Host.NoticesAsync()).Count);

        await using (var scope = Host.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            var declined = await db.ExecuteAsync<int>(async ct =>
            {
                var tracked = await db.Set<MonitoringTask>().SingleAsync(t => t.Id == task.Id, ct);
                return await WaitlistClosing.DeclineRemainingAsync(db, scope.ServiceProvider.GetRequiredService<AuditTrail>(), tracked, Actor.System, Host.Time.GetUtcNow(), ct);
            }, Ct);
            Assert.Equal(2, declined.Value);
        }

        var states = (await Host.ParticipationsAsync(task.Id)).ToDictionary(p => p.MonitorId, p => p.State);
        Assert.Equal([ParticipationState.Selected, ParticipationState.NotSelected, ParticipationState.NotSelected, ParticipationState.Withdrawn], m.Select(id => states[id]));
        Assert.Equal(auditBefore + 2, await Host.AuditCountAsync());
        Assert.Equal(["monitor341@example.com", "monitor342@example.com"], (await Host.NoticesAsync()).Skip(noticesBefore).Select(n => n.To).Order(StringComparer.Ordinal));
        Assert.True((await Host.RunAsync<SeoulMonitor.Core.Audit.AuditTrail, SeoulMonitor.Core.Audit.AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }
}
