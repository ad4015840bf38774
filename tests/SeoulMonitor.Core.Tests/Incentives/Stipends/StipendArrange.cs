using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>Budget lines, tasks, participations, communities and activities inserted directly; services called in fresh scopes.</summary>
internal static class StipendArrange
{
    public const int Year = 2026;
    public static readonly Actor Staff = Actor.Staff("staff-kim");

    public static async Task<T> DbAsync<T>(this CoreTestHost host, Func<SeoulMonitorDbContext, Task<T>> work)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var result = await work(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return result;
    }

    /// <summary>The year (open or closed) and its field-activity line of <paramref name="amount"/> won.</summary>
    public static Task<Guid> AddLineAsync(this CoreTestHost host, long amount = 51_100_000, bool closed = false, int year = Year) =>
        host.DbAsync(db =>
        {
            db.Add(new BudgetYear { Year = year, IsClosed = closed });
            var line = new BudgetLine
            {
                Id = Guid.NewGuid(), Year = year, Category = "행사실비보상금", Name = "서울시민모니터 현장 활동비", Purpose = BudgetPurpose.FieldActivity,
                Amount = amount, Version = Guid.NewGuid(),
            };
            db.Add(line);
            return Task.FromResult(line.Id);
        });

    public static Task<Guid> AddTaskAsync(this CoreTestHost host, int year = Year) =>
        host.DbAsync(db =>
        {
            var now = host.Time.GetUtcNow();
            var task = new MonitoringTask
            {
                Id = Guid.NewGuid(), Year = year, Title = "보행 환경 모니터링", Purpose = "보도 안전 점검", Department = "보행정책과", Sites = "종로구 일대",
                Capacity = 50, RecruitmentOpensAt = now.AddDays(-60), RecruitmentClosesAt = now.AddDays(-50), FieldworkOpensAt = now.AddDays(-40),
                FieldworkClosesAt = now.AddDays(-10), State = MonitoringTaskState.Consolidating, CurrentFormVersion = 1, CreatedAt = now, UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            db.Add(task);
            return Task.FromResult(task.Id);
        });

    /// <summary>A monitor with a Korean name and a mobile number.</summary>
    public static Task<Guid> AddPersonAsync(this CoreTestHost host, string name = "김민지") =>
        host.DbAsync(db =>
        {
            var now = host.Time.GetUtcNow();
            var m = new Membership
            {
                Id = Guid.NewGuid(), ApplicationId = Guid.NewGuid(), State = MembershipState.Active, TermEndsOn = DateOnly.FromDateTime(now.UtcDateTime).AddYears(1),
                JoinedAt = now, Name = name, Email = $"m{Guid.NewGuid():N}@example.kr", Mobile = "01012345678", ProvinceCode = "11", District = "종로구",
                BirthDate = new DateOnly(1980, 1, 1), UpdatedAt = now, Version = Guid.NewGuid(),
            };
            db.Add(m);
            return Task.FromResult(m.Id);
        });

    public static Task<Guid> AddParticipationAsync(
        this CoreTestHost host, Guid taskId, Guid? monitorId = null, ParticipationState state = ParticipationState.Completed) =>
        host.DbAsync(async db =>
        {
            var now = host.Time.GetUtcNow();
            var monitor = monitorId ?? await Task.FromResult(Guid.NewGuid());
            var p = new Participation
            {
                Id = Guid.NewGuid(), TaskId = taskId, MonitorId = monitor, State = state, Sequence = 1, AppliedAt = now, SelectedAt = now, UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            db.Add(p);
            return p.Id;
        });

    public static Task SetParticipationStateAsync(this CoreTestHost host, Guid participationId, ParticipationState state) =>
        host.DbAsync(async db =>
        {
            var p = await db.Set<Participation>().SingleAsync(x => x.Id == participationId);
            p.State = state;
            p.Version = Guid.NewGuid();
            return p;
        });

    /// <summary>An active community (or in <paramref name="state"/>) led by <paramref name="leaderId"/>.</summary>
    public static Task<Guid> AddCommunityAsync(this CoreTestHost host, Guid leaderId, int members = 5, CommunityState state = CommunityState.Active, string name = "종로 걷기 모임") =>
        host.DbAsync(db =>
        {
            var now = host.Time.GetUtcNow();
            var c = new Community
            {
                Id = Guid.NewGuid(), Name = name, NormalizedName = name + Guid.NewGuid().ToString("N"), Description = "보행 환경 자율 점검", State = state,
                FounderId = leaderId, LeaderId = leaderId, MemberCount = members, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            db.Add(c);
            return Task.FromResult(c.Id);
        });

    public static Task<Guid> AddActivityAsync(this CoreTestHost host, Guid communityId, CommunityActivityState state = CommunityActivityState.Verified) =>
        host.DbAsync(db =>
        {
            var now = host.Time.GetUtcNow();
            var a = new CommunityActivity
            {
                Id = Guid.NewGuid(), CommunityId = communityId, Title = "보도 점검 산책", HeldOn = new DateOnly(Year, 2, 20), Attendees = 3, State = state,
                CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            db.Add(a);
            return Task.FromResult(a.Id);
        });

    public static async Task<StipendRuleView> SetRuleAsync(this CoreTestHost host, long perParticipation, long perActivity = 0, Guid? taskId = null)
    {
        var result = await host.RunAsync<StipendRuleService, Result<StipendRuleView>>((s, ct) =>
            s.SetAsync(new StipendRuleRequest(Year, taskId, perParticipation, taskId is null ? perActivity : 0), Staff, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static Task<Result<RecalculationReport>> RecalculateAsync(this CoreTestHost host, int year = Year) =>
        host.RunAsync<StipendCalculator, Result<RecalculationReport>>((s, ct) => s.RecalculateAsync(year, Staff, ct));

    public static async Task<RecalculationReport> RecalculatedAsync(this CoreTestHost host)
    {
        var result = await host.RecalculateAsync();
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static Task<List<StipendEntry>> EntriesAsync(this CoreTestHost host) =>
        host.QueryAsync(db => db.Set<StipendEntry>().AsNoTracking().OrderBy(e => e.CreatedAt).ThenBy(e => e.DerivationKey).ToListAsync(TestContext.Current.CancellationToken));

    public static Task<BudgetLine> LineAsync(this CoreTestHost host, Guid lineId) =>
        host.QueryAsync(db => db.Set<BudgetLine>().AsNoTracking().SingleAsync(l => l.Id == lineId, TestContext.Current.CancellationToken));

    public static Task<Result<IReadOnlyList<StipendEntryView>>> ApproveAsync(this CoreTestHost host, params Guid[] ids) =>
        host.RunAsync<StipendEntryService, Result<IReadOnlyList<StipendEntryView>>>((s, ct) => s.ApproveAsync(ids, Staff, ct));

    public static async Task<LedgerCheck> CheckAsync(this CoreTestHost host)
    {
        var result = await host.RunAsync<StipendQueries, Result<LedgerCheck>>((s, ct) => s.CheckAsync(Year, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }
}
