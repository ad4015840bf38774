using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Tasks.TasksArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Tasks;

/// <summary>
/// Every task state against each staff event of <see cref="TaskLifecycleService"/> (closing recruitment and reporting
/// to the department belong to other services): allowed pairs move the task and write one audit record; other pairs
/// are refused with <c>monitoring_task.invalid_transition</c> and write nothing.
/// </summary>
public sealed class TaskTransitionMatrixTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static readonly MonitoringTaskEvent[] Owned =
    [
        MonitoringTaskEvent.OpenRecruitment, MonitoringTaskEvent.OpenFieldwork, MonitoringTaskEvent.CloseFieldwork,
        MonitoringTaskEvent.StartConsolidation, MonitoringTaskEvent.Close, MonitoringTaskEvent.Cancel,
    ];

    public static TheoryData<MonitoringTaskState, MonitoringTaskEvent> Pairs()
    {
        var data = new TheoryData<MonitoringTaskState, MonitoringTaskEvent>();
        foreach (var state in Enum.GetValues<MonitoringTaskState>())
        {
            foreach (var evt in Owned)
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task TaskEvent_EveryState_FollowsTheTable(MonitoringTaskState state, MonitoringTaskEvent evt)
    {
        var host = fixture.Host;
        await host.EnsureDepartmentAsync();
        var task = await host.CreateTaskAsync();
        await host.PublishAsync(task.Id);
        await host.SetTaskStateAsync(task.Id, state);
        var totalBefore = await host.AuditCountAsync();
        var entityBefore = await host.AuditCountAsync(MonitoringTaskLifecycle.Entity, task.Id);

        var result = await host.RunAsync<TaskLifecycleService, Result<TaskView>>((s, ct) => evt switch
        {
            MonitoringTaskEvent.OpenRecruitment => s.OpenRecruitmentAsync(task.Id, Staff, ct),
            MonitoringTaskEvent.OpenFieldwork => s.OpenFieldworkAsync(task.Id, Staff, ct),
            MonitoringTaskEvent.CloseFieldwork => s.CloseFieldworkAsync(task.Id, Staff, ct),
            MonitoringTaskEvent.StartConsolidation => s.StartConsolidationAsync(task.Id, Staff, ct),
            MonitoringTaskEvent.Close => s.CloseAsync(task.Id, Staff, ct),
            MonitoringTaskEvent.Cancel => s.CancelAsync(task.Id, "예산 삭감", Staff, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        });

        var stored = (await host.RunAsync<TaskQueryService, Result<TaskView>>((s, ct) => s.GetAsync(task.Id, Staff, ct))).Value;
        if (MonitoringTaskLifecycle.Table.Allows(state, evt))
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(MonitoringTaskLifecycle.Table.Fire(state, evt).Value, stored.State);
            Assert.Equal(entityBefore + 1, await host.AuditCountAsync(MonitoringTaskLifecycle.Entity, task.Id));
            Assert.Equal(evt == MonitoringTaskEvent.Cancel ? "예산 삭감" : null, stored.StateReason);
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.Equal("monitoring_task.invalid_transition", result.Error.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(totalBefore, await host.AuditCountAsync());
        }
    }
}
