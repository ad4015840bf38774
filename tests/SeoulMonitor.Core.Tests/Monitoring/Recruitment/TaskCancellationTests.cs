using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Recruitment.RecruitmentArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Recruitment;

/// <summary>Cancelling a task ends its seats and waitlist: audited, every monitor told, no seat left counted.</summary>
public sealed class TaskCancellationTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private CoreTestHost Host => fixture.Host;

    [Fact]
    public async Task Cancel_TaskWithSeatsAndWaitlist_WithdrawsSelectedDeclinesWaitingAndTellsEachMonitor()
    {
        var task = await Host.AddTaskAsync(capacity: 2);
        var monitors = await Host.AddApplicantsAsync(4, first: 700);
        foreach (var m in monitors)
        {
            Assert.True((await Host.ApplyAsync(task.Id, m)).IsSuccess);
        }

        var withdrawn = monitors[3];
        Assert.True((await Host.WithdrawAsync(task.Id, withdrawn)).IsSuccess); // waitlisted → withdrawn: stays as it is
        var (auditBefore, noticesBefore) = (await Host.AuditCountAsync(), (await Host.NoticesAsync()).Count);

        var cancelled = await Host.RunAsync<TaskLifecycleService, SeoulMonitor.Core.Common.Result<TaskView>>(
            (s, ct) => s.CancelAsync(task.Id, "예산 삭감으로 취소", Staff, ct));

        Assert.True(cancelled.IsSuccess, cancelled.IsSuccess ? null : cancelled.Error.Code);
        var rows = await Host.ParticipationsAsync(task.Id);
        Assert.Equal(
            [ParticipationState.Withdrawn, ParticipationState.Withdrawn, ParticipationState.NotSelected, ParticipationState.Withdrawn],
            monitors.Select(m => rows.Single(p => p.MonitorId == m).State));
        Assert.All(rows.Where(p => p.MonitorId != withdrawn), p => Assert.Equal("예산 삭감으로 취소", p.StateReason));
        Assert.Equal(0, (await Host.TaskAsync(task.Id)).SelectedCount);
        Assert.Equal(auditBefore + 1 + 3, await Host.AuditCountAsync()); // the task's cancellation, then one per open participation
        var notices = (await Host.NoticesAsync()).Skip(noticesBefore).ToList();
        Assert.Equal(3, notices.Count);
        Assert.All(notices, n => Assert.Contains("예산 삭감으로 취소", n.TextBody, StringComparison.Ordinal));
    }
}
