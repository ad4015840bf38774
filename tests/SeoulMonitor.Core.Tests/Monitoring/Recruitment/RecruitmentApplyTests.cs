using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Training;

namespace SeoulMonitor.Core.Tests.Monitoring.Recruitment;

/// <summary>Applying: seats, waitlist, lottery hold, eligibility refusals (each leaves nothing written) and the limit.</summary>
public sealed class RecruitmentApplyTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private CoreTestHost Host => fixture.Host;

    [Fact]
    public async Task Apply_FirstComeWithSeats_SelectedAuditedAndTold()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var monitor = await Host.AddApplicantAsync(101);
        var auditBefore = await Host.AuditCountAsync();
        var noticesBefore = (await Host.NoticesAsync()).Count;

        var view = await Host.AppliedAsync(task.Id, monitor);

        Assert.Equal(ParticipationState.Selected, view.State);
        Assert.Equal("선정", view.StateKo);
        Assert.Equal(1, view.Sequence);
        Assert.Equal(2, await Host.AuditCountAsync(ParticipationLifecycle.Entity, view.Id)); // Apply (created Applied), then Select
        Assert.Equal(auditBefore + 2, await Host.AuditCountAsync());
        var notice = Assert.Single(await Host.NoticesAsync(), n => n.To == "monitor101@example.com");
        Assert.Equal(noticesBefore + 1, (await Host.NoticesAsync()).Count);
        Assert.Contains("선정", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("selected", notice.TextBody, StringComparison.Ordinal);
        await Host.AssertSeatsConsistentAsync(task.Id);
    }

    [Fact]
    public async Task Apply_FirstComeFull_WaitlistedInArrivalOrderWithPosition()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var monitors = await Host.AddApplicantsAsync(3, first: 110);

        var views = new List<ParticipationView>();
        foreach (var m in monitors)
        {
            views.Add(await Host.AppliedAsync(task.Id, m));
        }

        Assert.Equal([ParticipationState.Selected, ParticipationState.Waitlisted, ParticipationState.Waitlisted], views.Select(v => v.State));
        Assert.Equal([null, 1, 2], views.Select(v => v.WaitlistPosition));
        Assert.Contains(await Host.NoticesAsync(), n => n.To == "monitor112@example.com" && n.Subject.Contains("대기 2번", StringComparison.Ordinal));
        Assert.Equal(1, (await Host.TaskAsync(task.Id)).SelectedCount);
        await Host.AssertSeatsConsistentAsync(task.Id);
    }

    [Fact]
    public async Task Apply_Lottery_AppliedUntilTheDrawAndNobodyToldYet()
    {
        var task = await Host.AddTaskAsync(capacity: 1, method: SelectionMethod.Lottery);
        var monitors = await Host.AddApplicantsAsync(2, first: 120);
        var noticesBefore = (await Host.NoticesAsync()).Count;

        var views = new[] { await Host.AppliedAsync(task.Id, monitors[0]), await Host.AppliedAsync(task.Id, monitors[1]) };

        Assert.All(views, v => Assert.Equal(ParticipationState.Applied, v.State));
        Assert.Equal([1L, 2L], views.Select(v => v.Sequence));
        Assert.Equal(0, (await Host.TaskAsync(task.Id)).SelectedCount);
        Assert.Equal(noticesBefore, (await Host.NoticesAsync()).Count);
        Assert.Equal(1, await Host.AuditCountAsync(ParticipationLifecycle.Entity, views[0].Id));
    }

    [Fact]
    public async Task Apply_OutsideTheWindowOrState_RefusedWithNothingWritten()
    {
        var monitor = await Host.AddApplicantAsync(130);
        var planned = await Host.AddTaskAsync(state: MonitoringTaskState.Planned);
        var early = await Host.AddTaskAsync(adjust: t => t.RecruitmentOpensAt = Host.Time.GetUtcNow().AddSeconds(1));
        var atClose = await Host.AddTaskAsync(adjust: t => t.RecruitmentClosesAt = Host.Time.GetUtcNow());
        var closed = await Host.AddTaskAsync(state: MonitoringTaskState.RecruitmentClosed);
        var opensNow = await Host.AddTaskAsync(adjust: t => t.RecruitmentOpensAt = Host.Time.GetUtcNow());

        // A planned task is not visible to monitors yet: answered as missing, like a task that does not exist.
        await RefusedAsync(planned.Id, monitor, "recruitment.task_not_found");
        await RefusedAsync(early.Id, monitor, "recruitment.not_open");
        await RefusedAsync(atClose.Id, monitor, "recruitment.closed");
        await RefusedAsync(closed.Id, monitor, "recruitment.closed");
        await RefusedAsync(Guid.NewGuid(), monitor, "recruitment.task_not_found");
        Assert.True((await Host.ApplyAsync(opensNow.Id, monitor)).IsSuccess);
    }

    [Fact]
    public async Task Apply_IneligibleMonitor_RefusedWithCodesAndNothingWritten()
    {
        var suspended = await Host.AddApplicantAsync(140, state: MembershipState.Suspended);
        var gangnam = await Host.AddApplicantAsync(141, district: "강남구");
        var mapo = await Host.AddApplicantAsync(142, district: "마포구");
        var districtTask = await Host.AddTaskAsync(districts: ["마포구", "서대문구"]);
        var (session, attendedSession) = (Guid.NewGuid(), Guid.NewGuid());
        var trainingTask = await Host.AddTaskAsync(trainings: [session, attendedSession]);
        await AddTrainingAsync(session, mapo, TrainingRegistrationState.Registered);
        await AddTrainingAsync(attendedSession, gangnam, TrainingRegistrationState.Attended);

        await RefusedAsync(districtTask.Id, suspended, "recruitment.monitor_inactive");
        await RefusedAsync(districtTask.Id, Guid.NewGuid(), "recruitment.monitor_inactive");
        await RefusedAsync(districtTask.Id, gangnam, "recruitment.district_ineligible");
        await RefusedAsync(trainingTask.Id, mapo, "recruitment.training_required");
        Assert.True((await Host.ApplyAsync(districtTask.Id, mapo)).IsSuccess);
        Assert.True((await Host.ApplyAsync(trainingTask.Id, gangnam)).IsSuccess);
        await RefusedAsync(districtTask.Id, mapo, "recruitment.already_applied");
    }

    [Fact]
    public async Task Apply_AtTheApplicationLimit_LastAcceptedThenRefused()
    {
        var task = await Host.AddTaskAsync(capacity: 1, adjust: t => t.ApplicationSequence = RecruitmentLimits.MaxApplicationsPerTask - 1);
        var monitors = await Host.AddApplicantsAsync(2, first: 150);

        var last = await Host.AppliedAsync(task.Id, monitors[0]);
        await RefusedAsync(task.Id, monitors[1], "recruitment.applications_full");

        Assert.Equal(RecruitmentLimits.MaxApplicationsPerTask, last.Sequence);
    }

    [Fact]
    public async Task Apply_AfterWithdrawing_ReappliesAtTheEndOfTheQueue()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var (first, second) = (await Host.AddApplicantAsync(160), await Host.AddApplicantAsync(161));
        await Host.AppliedAsync(task.Id, first);
        await Host.AppliedAsync(task.Id, second);
        Assert.True((await Host.WithdrawAsync(task.Id, first)).IsSuccess);

        var again = await Host.AppliedAsync(task.Id, first);

        Assert.Equal(ParticipationState.Waitlisted, again.State);
        Assert.Equal(3, again.Sequence);
        Assert.Equal(1, again.WaitlistPosition);
        await Host.AssertSeatsConsistentAsync(task.Id);
    }

    private async Task RefusedAsync(Guid taskId, Guid monitorId, string code)
    {
        var before = await Host.SnapshotAsync(taskId);
        var result = await Host.ApplyAsync(taskId, monitorId);
        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(before, await Host.SnapshotAsync(taskId));
    }

    private Task<int> AddTrainingAsync(Guid sessionId, Guid monitorId, TrainingRegistrationState state) => Host.QueryAsync(async db =>
    {
        var now = Host.Time.GetUtcNow();
        if (await db.Set<TrainingSession>().FindAsync([sessionId], RecruitmentArrange.Ct) is null)
        {
            db.Add(new TrainingSession
            {
                Id = sessionId, Title = "기본 교육", Description = "현장 점검 방법", Location = "시청", StartsAt = now.AddDays(-3), EndsAt = now.AddDays(-3).AddHours(2),
                Capacity = 10, RegistrationDeadline = now.AddDays(-4), State = TrainingSessionState.Completed, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            });
        }

        db.Add(new TrainingRegistration
        {
            Id = Guid.NewGuid(), SessionId = sessionId, MonitorId = monitorId, State = state, CodeHash = new string('0', 64),
            RegisteredAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        });
        return await db.SaveChangesAsync(RecruitmentArrange.Ct);
    });
}
