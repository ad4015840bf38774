using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Recruitment.RecruitmentArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Recruitment;

/// <summary>The monitor's own list, the staff participant list (access-logged) and the counts (no personal data).</summary>
public sealed class RecruitmentQueryTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private CoreTestHost Host => fixture.Host;

    [Fact]
    public async Task MyParticipations_OwnOnly_WithTaskTitleStateAndWindows()
    {
        var (t1, t2) = (await Host.AddTaskAsync(capacity: 1), await Host.AddTaskAsync(capacity: 1, method: SelectionMethod.Lottery));
        var (me, other) = (await Host.AddApplicantAsync(400), await Host.AddApplicantAsync(401));
        await Host.AppliedAsync(t1.Id, other);
        await Host.AppliedAsync(t1.Id, me);
        await Host.AppliedAsync(t2.Id, me);

        var mine = await Host.RecruitAsync((s, ct) => s.MyParticipationsAsync(me, ct));

        Assert.Equal(2, mine.Count);
        Assert.All(mine, v => Assert.Equal(me, v.Participation.MonitorId));
        var first = Assert.Single(mine, v => v.Participation.TaskId == t1.Id);
        Assert.Equal((t1.Title, MonitoringTaskState.RecruitmentOpen, "모집 중", t1.FieldworkClosesAt), (first.TaskTitle, first.TaskState, first.TaskStateKo, first.FieldworkClosesAt));
        Assert.Equal((ParticipationState.Waitlisted, 1), (first.Participation.State, first.Participation.WaitlistPosition));
    }

    [Fact]
    public async Task Participants_StaffWithPurpose_NamesInArrivalOrderAndAccessLogged()
    {
        var task = await Host.AddTaskAsync(capacity: 1);
        var m = await Host.AddApplicantsAsync(3, first: 410);
        foreach (var id in m)
        {
            await Host.AppliedAsync(task.Id, id);
        }

        var result = await Host.RecruitAsync((s, ct) => s.ParticipantsAsync(task.Id, Staff, "참여자 연락", "203.0.113.9", ct));

        Assert.Equal(["모니터410", "모니터411", "모니터412"], result.Value.Select(p => p.Name));
        Assert.Equal([null, 1, 2], result.Value.Select(p => p.Participation.WaitlistPosition));
        var logged = await Host.QueryAsync(db => db.Set<PersonalDataAccess>().AsNoTracking()
            .Where(a => a.SubjectType == RecruitmentService.ParticipantsSubject && a.SubjectId == task.Id.ToString("D")).ToListAsync(Ct));
        var entry = Assert.Single(logged);
        Assert.Equal((AccessAction.List, 3, "staff-park", "참여자 연락"), (entry.Action, entry.RecordCount, entry.ActorId, entry.Purpose));
    }

    [Fact]
    public async Task Participants_NoPurposeOrNotStaff_RefusedAndNothingLogged()
    {
        var task = await Host.AddTaskAsync();
        await Host.AppliedAsync(task.Id, await Host.AddApplicantAsync(420));
        var before = await Host.QueryAsync(db => db.Set<PersonalDataAccess>().CountAsync(Ct));

        var noPurpose = await Host.RecruitAsync((s, ct) => s.ParticipantsAsync(task.Id, Staff, "  ", null, ct));
        var department = await Host.RecruitAsync((s, ct) => s.ParticipantsAsync(task.Id, new Actor(ActorKind.Department, Department), "확인", null, ct));
        var missing = await Host.RecruitAsync((s, ct) => s.ParticipantsAsync(Guid.NewGuid(), Staff, "확인", null, ct));

        Assert.Equal("access.purpose_required", noPurpose.Error?.Code);
        Assert.Equal("recruitment.forbidden", department.Error?.Code);
        Assert.Equal("recruitment.task_not_found", missing.Error?.Code);
        Assert.Equal(before, await Host.QueryAsync(db => db.Set<PersonalDataAccess>().CountAsync(Ct)));
    }

    [Fact]
    public async Task Counts_MixedStates_CountedPerStateWithoutPersonalData()
    {
        var task = await Host.AddTaskAsync(capacity: 2);
        var m = await Host.AddApplicantsAsync(4, first: 430);
        foreach (var id in m)
        {
            await Host.AppliedAsync(task.Id, id);
        }

        await Host.WithdrawAsync(task.Id, m[3]);

        var counts = (await Host.RecruitAsync((s, ct) => s.CountsAsync(task.Id, ct))).Value;

        Assert.Equal((2, 2, 1, 1, 0), (counts.SeatsTaken, counts.Selected, counts.Waitlisted, counts.Withdrawn, counts.Applied));
        Assert.Equal(Department, counts.Department);
        Assert.DoesNotContain("모니터", counts.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("@", counts.ToString(), StringComparison.Ordinal);
        Assert.Equal("recruitment.task_not_found", (await Host.RecruitAsync((s, ct) => s.CountsAsync(Guid.NewGuid(), ct))).Error?.Code);
    }
}
