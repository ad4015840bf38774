using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Monitoring.Recruitment;

/// <summary>
/// Builds tasks, monitors and participations directly through the context (the task-setup service is another
/// feature's), and drives the recruitment service one call per scope.
/// </summary>
internal static class RecruitmentArrange
{
    public const string Department = "시민봉사담당관";

    public static readonly Actor Staff = Actor.Staff("staff-park");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A recruiting task: applications open an hour ago and close in a week; fieldwork runs days 8 to 30.</summary>
    public static async Task<MonitoringTask> AddTaskAsync(
        this CoreTestHost host, int capacity = 3, SelectionMethod method = SelectionMethod.FirstComeFirstServed, long? seed = null,
        MonitoringTaskState state = MonitoringTaskState.RecruitmentOpen, string[]? districts = null, Guid[]? trainings = null,
        string department = Department, Action<MonitoringTask>? adjust = null)
    {
        var now = host.Time.GetUtcNow();
        var task = new MonitoringTask
        {
            Id = Guid.CreateVersion7(),
            Year = 2026,
            Title = "지하철역 엘리베이터 이용 편의 점검",
            Purpose = "교통약자 이동 편의 개선",
            Department = department,
            Sites = "시청역, 종각역",
            Capacity = capacity,
            SelectionMethod = method,
            LotterySeed = seed ?? (method == SelectionMethod.Lottery ? 20260302 : null),
            RecruitmentOpensAt = now.AddHours(-1),
            RecruitmentClosesAt = now.AddDays(7),
            FieldworkOpensAt = now.AddDays(8),
            FieldworkClosesAt = now.AddDays(30),
            EligibleDistricts = [.. districts ?? []],
            RequiredTrainingSessionIds = [.. trainings ?? []],
            State = state,
            CurrentFormVersion = 1,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        adjust?.Invoke(task);
        await host.QueryAsync(async db =>
        {
            db.Add(task);
            return await db.SaveChangesAsync(Ct);
        });
        return task;
    }

    /// <summary>An active monitor with a name, e-mail and district (person <paramref name="n"/>).</summary>
    public static async Task<Guid> AddApplicantAsync(this CoreTestHost host, int n = 1, string district = "중구", MembershipState state = MembershipState.Active) =>
        (await host.AddApplicantsAsync(1, district, state, first: n))[0];

    /// <summary>Many monitors, inserted in one save (fast enough for thousands).</summary>
    public static async Task<Guid[]> AddApplicantsAsync(
        this CoreTestHost host, int count, string district = "중구", MembershipState state = MembershipState.Active, int first = 1, Guid[]? ids = null)
    {
        var now = host.Time.GetUtcNow();
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var n = (first + i).ToString(CultureInfo.InvariantCulture);
            return new Membership
            {
                Id = ids?[i] ?? Guid.NewGuid(),
                ApplicationId = Guid.NewGuid(),
                State = state,
                TermEndsOn = new DateOnly(2027, 3, 1),
                JoinedAt = now,
                Name = $"모니터{n}",
                Email = $"monitor{n}@example.com",
                Mobile = $"010{first + i:D8}",
                ProvinceCode = "11",
                District = district,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
        }).ToList();
        await host.QueryAsync(async db =>
        {
            db.AddRange(rows);
            return await db.SaveChangesAsync(Ct);
        });
        return [.. rows.Select(r => r.Id)];
    }

    /// <summary>A participation stored directly in <paramref name="state"/> (keeping the task's counters true).</summary>
    public static async Task<Participation> AddParticipationAsync(this CoreTestHost host, Guid taskId, Guid monitorId, ParticipationState state, int? lotteryRank = null)
    {
        return await host.QueryAsync(async db =>
        {
            var task = await db.Set<MonitoringTask>().SingleAsync(t => t.Id == taskId, Ct);
            var now = host.Time.GetUtcNow();
            var p = new Participation
            {
                Id = Guid.CreateVersion7(),
                TaskId = taskId,
                MonitorId = monitorId,
                State = state,
                Sequence = ++task.ApplicationSequence,
                LotteryRank = lotteryRank,
                AppliedAt = now,
                SelectedAt = state is ParticipationState.Selected or ParticipationState.Completed ? now : null,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            if (p.SelectedAt is not null)
            {
                task.SelectedCount++;
            }

            db.Add(p);
            await db.SaveChangesAsync(Ct);
            return p;
        });
    }

    public static Task<T> RecruitAsync<T>(this CoreTestHost host, Func<RecruitmentService, CancellationToken, Task<T>> work) => host.RunAsync(work);

    public static Task<Result<ParticipationView>> ApplyAsync(this CoreTestHost host, Guid taskId, Guid monitorId) =>
        host.RecruitAsync((s, ct) => s.ApplyAsync(taskId, monitorId, ct));

    public static Task<Result<ParticipationView>> WithdrawAsync(this CoreTestHost host, Guid taskId, Guid monitorId) =>
        host.RecruitAsync((s, ct) => s.WithdrawAsync(taskId, monitorId, ct));

    public static Task<Result<RecruitmentCounts>> CloseAsync(this CoreTestHost host, Guid taskId) =>
        host.RecruitAsync((s, ct) => s.CloseRecruitmentAsync(taskId, Staff, ct));

    public static async Task<ParticipationView> AppliedAsync(this CoreTestHost host, Guid taskId, Guid monitorId)
    {
        var result = await host.ApplyAsync(taskId, monitorId);
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static Task<MonitoringTask> TaskAsync(this CoreTestHost host, Guid taskId) =>
        host.QueryAsync(db => db.Set<MonitoringTask>().AsNoTracking().SingleAsync(t => t.Id == taskId, Ct));

    public static Task<List<Participation>> ParticipationsAsync(this CoreTestHost host, Guid taskId) =>
        host.QueryAsync(db => db.Set<Participation>().AsNoTracking().Where(p => p.TaskId == taskId).ToListAsync(Ct));

    public static Task<List<OutboxMessage>> NoticesAsync(this CoreTestHost host) =>
        host.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Kind == MonitoringNoticeKinds.Recruitment).ToListAsync(Ct));

    /// <summary>Everything a refused call must leave untouched: audit records, participations, notices and the task row.</summary>
    public static async Task<string> SnapshotAsync(this CoreTestHost host, Guid taskId)
    {
        var task = await host.QueryAsync(db => db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, Ct));
        var rows = await host.ParticipationsAsync(taskId);
        return string.Join('|',
            await host.AuditCountAsync(), (await host.NoticesAsync()).Count, task?.State, task?.SelectedCount, task?.ApplicationSequence, task?.Version,
            string.Join(',', rows.OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.State}:{p.Version}")));
    }

    /// <summary>The invariant: the task's seat counter equals its selected and completed rows, never above capacity.</summary>
    public static async Task AssertSeatsConsistentAsync(this CoreTestHost host, Guid taskId)
    {
        var task = await host.TaskAsync(taskId);
        var held = (await host.ParticipationsAsync(taskId)).Count(p => p.State is ParticipationState.Selected or ParticipationState.Completed);
        Assert.Equal(held, task.SelectedCount);
        Assert.InRange(task.SelectedCount, 0, task.Capacity);
    }

    public static void AdvanceTo(this CoreTestHost host, DateTimeOffset instant)
    {
        if (instant > host.Time.GetUtcNow())
        {
            host.Time.SetUtcNow(instant);
        }
    }
}
