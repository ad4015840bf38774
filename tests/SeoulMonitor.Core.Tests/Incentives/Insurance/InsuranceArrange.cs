using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Insurance;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Recruitment;

namespace SeoulMonitor.Core.Tests.Incentives.Insurance;

/// <summary>A task whose recruitment closed, with participants in every state, and the insurance services one call per scope.</summary>
internal static class InsuranceArrange
{
    public static Task<T> RostersAsync<T>(this CoreTestHost host, Func<RosterService, CancellationToken, Task<T>> work) => host.RunAsync(work);

    public static Task<T> ClaimsAsync<T>(this CoreTestHost host, Func<InsuranceClaimService, CancellationToken, Task<T>> work) => host.RunAsync(work);

    /// <summary>A task with recruitment closed; monitors 1–2 selected, 3 completed, 4 waitlisted, 5 withdrawn, 6 not selected.</summary>
    public static async Task<(MonitoringTask Task, Guid[] Monitors)> ClosedRecruitmentAsync(this CoreTestHost host)
    {
        var task = await host.YearTaskAsync(2026, MonitoringTaskState.RecruitmentClosed);
        var monitors = await host.AddApplicantsAsync(6);
        ParticipationState[] states =
        [
            ParticipationState.Selected, ParticipationState.Selected, ParticipationState.Completed,
            ParticipationState.Waitlisted, ParticipationState.Withdrawn, ParticipationState.NotSelected,
        ];
        for (var i = 0; i < monitors.Length; i++)
        {
            await host.JoinAsync(task.Id, monitors[i], states[i]);
        }

        return (task, monitors);
    }

    public static Task<Result<CoverageRosterView>> DrawUpAsync(this CoreTestHost host, Guid taskId, Actor? actor = null) =>
        host.RostersAsync((s, ct) => s.DrawUpAsync(taskId, actor ?? IncentivesArrange.Staff, ct));

    public static Task<Result<InsuranceClaimView>> FileAsync(this CoreTestHost host, Guid taskId, Guid monitorId, DateTimeOffset at, string? description = "현장 점검 중 계단에서 넘어져 발목 염좌", Actor? actor = null) =>
        host.ClaimsAsync((s, ct) => s.FileAsync(new FileClaimRequest(taskId, monitorId, at, description), actor ?? IncentivesArrange.Staff, ct));
}
