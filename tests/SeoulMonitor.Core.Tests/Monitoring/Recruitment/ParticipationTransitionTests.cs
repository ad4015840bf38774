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

/// <summary>
/// Every state against each participation event this feature fires by its own method (withdraw, re-apply, decline at
/// fieldwork close): allowed pairs change the state with exactly one audit record; refused pairs write nothing.
/// Select and Waitlist are covered by the apply, draw and promotion tests.
/// </summary>
public sealed class ParticipationTransitionTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private CoreTestHost Host => fixture.Host;

    public static TheoryData<ParticipationState, ParticipationEvent> Pairs()
    {
        var data = new TheoryData<ParticipationState, ParticipationEvent>();
        foreach (var state in Enum.GetValues<ParticipationState>())
        {
            foreach (var evt in new[] { ParticipationEvent.Withdraw, ParticipationEvent.Reapply, ParticipationEvent.Decline })
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Event_EveryState_FollowsTheTable(ParticipationState state, ParticipationEvent evt)
    {
        var method = evt == ParticipationEvent.Reapply ? SelectionMethod.Lottery : SelectionMethod.FirstComeFirstServed;
        var taskState = evt == ParticipationEvent.Decline ? MonitoringTaskState.FieldworkOpen : MonitoringTaskState.RecruitmentOpen;
        var task = await Host.AddTaskAsync(capacity: 5, method: method, state: taskState);
        var monitor = await Host.AddApplicantAsync(500);
        var row = await Host.AddParticipationAsync(task.Id, monitor, state, lotteryRank: state == ParticipationState.Waitlisted ? 1 : null);
        var before = await Host.SnapshotAsync(task.Id);
        var rowAuditBefore = await Host.AuditCountAsync(ParticipationLifecycle.Entity, row.Id);

        var code = evt switch
        {
            ParticipationEvent.Withdraw => (await Host.WithdrawAsync(task.Id, monitor)).Error?.Code,
            ParticipationEvent.Reapply => (await Host.ApplyAsync(task.Id, monitor)).Error?.Code,
            _ => await DeclineAsync(task.Id) == 0 ? "none-declined" : null,
        };

        var stored = (await Host.ParticipationsAsync(task.Id)).Single();
        if (ParticipationLifecycle.Table.Allows(state, evt))
        {
            Assert.Null(code);
            Assert.Equal(ParticipationLifecycle.Table.Fire(state, evt).Value, stored.State);
            Assert.Equal(rowAuditBefore + 1, await Host.AuditCountAsync(ParticipationLifecycle.Entity, row.Id));
            await Host.AssertSeatsConsistentAsync(task.Id);
        }
        else
        {
            var expected = evt switch
            {
                ParticipationEvent.Withdraw => "participation.invalid_transition",
                ParticipationEvent.Reapply => "recruitment.already_applied",
                _ => "none-declined",
            };
            Assert.Equal(expected, code);
            Assert.Equal(before, await Host.SnapshotAsync(task.Id));
        }
    }

    private async Task<int> DeclineAsync(Guid taskId)
    {
        await using var scope = Host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var result = await db.ExecuteAsync<int>(async ct =>
            await WaitlistClosing.DeclineRemainingAsync(db, scope.ServiceProvider.GetRequiredService<AuditTrail>(), await db.Set<MonitoringTask>().SingleAsync(t => t.Id == taskId, ct), Actor.System, Host.Time.GetUtcNow(), ct), Ct);
        return result.Value;
    }
}
