using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Recruitment.RecruitmentArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Recruitment;

/// <summary>Withdrawal and staff removal: freed seats promote the waitlist in order, the window, reasons and notices.</summary>
public sealed class RecruitmentWithdrawTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private CoreTestHost Host => fixture.Host;

    [Fact]
    public async Task Withdraw_SelectedMonitor_FirstWaitlistedByArrivalIsPromotedAndTold()
    {
        var task = await Host.AddTaskAsync(capacity: 2);
        var m = await Host.AddApplicantsAsync(5, first: 200);
        foreach (var id in m)
        {
            await Host.AppliedAsync(task.Id, id);
        }

        var noticesBefore = (await Host.NoticesAsync()).Count;
        var withdrawn = await Host.WithdrawAsync(task.Id, m[0]);

        Assert.Equal(ParticipationState.Withdrawn, withdrawn.Value.State);
        var rows = (await Host.ParticipationsAsync(task.Id)).ToDictionary(p => p.MonitorId);
        Assert.Equal(ParticipationState.Selected, rows[m[2]].State);
        Assert.Equal(ParticipationState.Waitlisted, rows[m[3]].State);
        var told = (await Host.NoticesAsync()).Skip(noticesBefore).ToList();
        Assert.Equal(["monitor202@example.com"], told.Select(n => n.To));
        Assert.Contains("대기에서 선정", told[0].Subject, StringComparison.Ordinal);
        Assert.Equal(3, await Host.AuditCountAsync(ParticipationLifecycle.Entity, rows[m[0]].Id)); // Apply, Select, Withdraw
        var mine = await Host.RecruitAsync((s, ct) => s.MyParticipationsAsync(m[4], ct));
        Assert.Equal(2, Assert.Single(mine).Participation.WaitlistPosition); // behind m[3]
        await Host.AssertSeatsConsistentAsync(task.Id);
    }

    [Fact]
    public async Task Withdraw_WaitlistedMonitor_FreesNoSeatAndPromotesNobody()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var m = await Host.AddApplicantsAsync(3, first: 210);
        foreach (var id in m)
        {
            await Host.AppliedAsync(task.Id, id);
        }

        var result = await Host.WithdrawAsync(task.Id, m[1]);

        Assert.True(result.IsSuccess);
        var rows = (await Host.ParticipationsAsync(task.Id)).ToDictionary(p => p.MonitorId);
        Assert.Equal(ParticipationState.Selected, rows[m[0]].State);
        Assert.Equal(ParticipationState.Waitlisted, rows[m[2]].State);
        await Host.AssertSeatsConsistentAsync(task.Id);
    }

    [Fact]
    public async Task Withdraw_AfterFieldworkClosesOrTwice_RefusedWithNothingWritten()
    {
        var task = await Host.AddTaskAsync(capacity: 1, adjust: t => t.FieldworkClosesAt = Host.Time.GetUtcNow().AddMinutes(1));
        var (a, b, stranger) = (await Host.AddApplicantAsync(220), await Host.AddApplicantAsync(221), await Host.AddApplicantAsync(222));
        await Host.AppliedAsync(task.Id, a);
        await Host.AppliedAsync(task.Id, b);
        Assert.True((await Host.WithdrawAsync(task.Id, b)).IsSuccess);
        var before = await Host.SnapshotAsync(task.Id);

        var twice = await Host.WithdrawAsync(task.Id, b);
        var notApplied = await Host.WithdrawAsync(task.Id, stranger);
        Host.AdvanceTo(task.FieldworkClosesAt);
        var late = await Host.WithdrawAsync(task.Id, a);

        Assert.Equal("participation.invalid_transition", twice.Error?.Code);
        Assert.Equal("recruitment.not_applied", notApplied.Error?.Code);
        Assert.Equal("recruitment.withdrawal_closed", late.Error?.Code);
        Assert.Equal(before, await Host.SnapshotAsync(task.Id));
    }

    [Fact]
    public async Task Remove_ByStaffWithReason_MonitorToldAndSeatPassedOn()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var (a, b) = (await Host.AddApplicantAsync(230), await Host.AddApplicantAsync(231));
        var selected = await Host.AppliedAsync(task.Id, a);
        await Host.AppliedAsync(task.Id, b);
        var noticesBefore = (await Host.NoticesAsync()).Count;

        var removed = await Host.RecruitAsync((s, ct) => s.RemoveAsync(task.Id, selected.Id, "  활동 기준 위반  ", Staff, ct));

        Assert.Equal("활동 기준 위반", removed.Value.StateReason);
        Assert.Equal(ParticipationState.Withdrawn, removed.Value.State);
        var told = (await Host.NoticesAsync()).Skip(noticesBefore).Select(n => n.To).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["monitor230@example.com", "monitor231@example.com"], told);
        await Host.AssertSeatsConsistentAsync(task.Id);
    }

    [Fact]
    public async Task Remove_BadReasonOrCaller_RefusedWithNothingWritten()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var a = await Host.AddApplicantAsync(240);
        var p = await Host.AppliedAsync(task.Id, a);
        var before = await Host.SnapshotAsync(task.Id);
        Task<Result<ParticipationView>> Remove(string? reason, Actor? actor = null, Guid? id = null) =>
            Host.RecruitAsync((s, ct) => s.RemoveAsync(task.Id, id ?? p.Id, reason, actor ?? Staff, ct));

        Assert.Equal("recruitment.reason.required", (await Remove(null)).Error?.Code);
        Assert.Equal("recruitment.reason.required", (await Remove("   ")).Error?.Code);
        Assert.Equal("recruitment.reason.length", (await Remove("가")).Error?.Code);
        Assert.Equal("recruitment.reason.length", (await Remove(new string('가', RecruitmentLimits.ReasonMaxLength + 1))).Error?.Code);
        Assert.Equal("recruitment.forbidden", (await Remove("사유 있음", Actor.Monitor(a))).Error?.Code);
        Assert.Equal("recruitment.participation_not_found", (await Remove("사유 있음", id: Guid.NewGuid())).Error?.Code);
        Assert.Equal(before, await Host.SnapshotAsync(task.Id));
        Assert.True((await Remove(new string('가', RecruitmentLimits.ReasonMaxLength))).IsSuccess);
    }

    [Fact]
    public async Task Remove_MinimumReason_Accepted()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var p = await Host.AppliedAsync(task.Id, await Host.AddApplicantAsync(250));

        var result = await Host.RecruitAsync((s, ct) => s.RemoveAsync(task.Id, p.Id, new string('가', RecruitmentLimits.ReasonMinLength), Staff, ct));

        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    [Fact]
    public async Task Withdraw_DuringFieldwork_StillPromotes()
    {
        var task = await Host.AddTaskAsync(capacity: 1, state: MonitoringTaskState.FieldworkOpen);
        var (a, b) = (await Host.AddApplicantAsync(260), await Host.AddApplicantAsync(261));
        await Host.AddParticipationAsync(task.Id, a, ParticipationState.Selected);
        await Host.AddParticipationAsync(task.Id, b, ParticipationState.Waitlisted);

        Assert.True((await Host.WithdrawAsync(task.Id, a)).IsSuccess);

        Assert.Equal(ParticipationState.Selected, (await Host.ParticipationsAsync(task.Id)).Single(p => p.MonitorId == b).State);
        await Host.AssertSeatsConsistentAsync(task.Id);
    }
}
