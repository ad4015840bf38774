using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Tasks.TasksArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Tasks;

/// <summary>
/// Every (state, event) pair of <see cref="DemandLifecycle"/>: allowed pairs move the demand, write one audit record
/// and (screening outcomes) one notice to the requesting department; other pairs are refused with the table's code and
/// write nothing. Resubmit is fired by staff reopening a deferred demand, by the department otherwise.
/// </summary>
public sealed class DemandTransitionMatrixTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    public static TheoryData<DemandState, DemandEvent> Pairs()
    {
        var data = new TheoryData<DemandState, DemandEvent>();
        foreach (var state in Enum.GetValues<DemandState>())
        {
            foreach (var evt in Enum.GetValues<DemandEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task DemandEvent_EveryState_FollowsTheTable(DemandState state, DemandEvent evt)
    {
        var host = fixture.Host;
        await host.EnsureDepartmentAsync();
        var demand = await host.SubmitAsync();
        await host.SetDemandStateAsync(demand.Id, state);
        var totalBefore = await host.AuditCountAsync();
        var entityBefore = await host.AuditCountAsync(DemandLifecycle.Entity, demand.Id);
        var outboxBefore = await host.OutboxCountAsync();

        var result = await host.RunAsync<DemandScreeningService, Result<DemandView>>((s, ct) => evt switch
        {
            DemandEvent.Select => s.SelectAsync(demand.Id, Staff, ct),
            DemandEvent.Reject => s.RejectAsync(demand.Id, "예산 부족", Staff, ct),
            DemandEvent.Defer => s.DeferAsync(demand.Id, "하반기 검토", Staff, ct),
            DemandEvent.ReturnForInfo => s.ReturnForInfoAsync(demand.Id, "대상 역 목록", Staff, ct),
            DemandEvent.Resubmit when state == DemandState.Deferred => s.ReopenAsync(demand.Id, Staff, ct),
            DemandEvent.Resubmit => s.ResubmitAsync(demand.Id, new ReviseDemandRequest(Sites: "시청역\n을지로입구역"), Officer, ct),
            DemandEvent.Withdraw => s.WithdrawAsync(demand.Id, Officer, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        });

        var stored = (await host.RunAsync<DemandService, Result<DemandView>>((s, ct) => s.GetAsync(demand.Id, Staff, ct))).Value;
        if (DemandLifecycle.Table.Allows(state, evt))
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(DemandLifecycle.Table.Fire(state, evt).Value, stored.State);
            Assert.Equal(entityBefore + 1, await host.AuditCountAsync(DemandLifecycle.Entity, demand.Id));
            var notified = evt != DemandEvent.Withdraw && (evt != DemandEvent.Resubmit || state == DemandState.Deferred);
            Assert.Equal(outboxBefore + (notified ? 1 : 0), await host.OutboxCountAsync());
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.Equal("task_demand.invalid_transition", result.Error.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(totalBefore, await host.AuditCountAsync());
            Assert.Equal(outboxBefore, await host.OutboxCountAsync());
        }
    }
}
