using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>Stipends and community activities over HTTP: staff change money, monitors see their own, wrong roles refused.</summary>
public sealed class StipendsEndpointsTests
{
    private static async Task<T> DbAsync<T>(SeoulMonitorApplication app, Func<SeoulMonitorDbContext, T> add)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var result = add(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return result;
    }

    /// <summary>A 2026 line, a task and a completed participation of a monitor named 김민지.</summary>
    private static Task<(Guid Line, Guid Monitor)> ArrangeAsync(SeoulMonitorApplication app, long lineAmount = 1_000_000) => DbAsync(app, db =>
    {
        var now = app.Time.GetUtcNow();
        var line = new BudgetLine { Id = Guid.NewGuid(), Year = 2026, Category = "행사실비보상금", Name = "서울시민모니터 현장 활동비", Purpose = BudgetPurpose.FieldActivity, Amount = lineAmount, Version = Guid.NewGuid() };
        var monitor = new Membership
        {
            Id = Guid.NewGuid(), ApplicationId = Guid.NewGuid(), State = MembershipState.Active, TermEndsOn = new DateOnly(2027, 12, 31), JoinedAt = now, Name = "김민지",
            Email = "minji@example.kr", Mobile = "01012345678", ProvinceCode = "11", District = "종로구", BirthDate = new DateOnly(1980, 1, 1), UpdatedAt = now, Version = Guid.NewGuid(),
        };
        var task = new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = "보행 환경 모니터링", Purpose = "보도 안전 점검", Department = "보행정책과", Sites = "종로구", Capacity = 10,
            RecruitmentOpensAt = now, RecruitmentClosesAt = now, FieldworkOpensAt = now, FieldworkClosesAt = now, State = MonitoringTaskState.Consolidating,
            CurrentFormVersion = 1, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        db.AddRange(line, monitor, task, new BudgetYear { Year = 2026 });
        db.Add(new Participation
        {
            Id = Guid.NewGuid(), TaskId = task.Id, MonitorId = monitor.Id, State = ParticipationState.Completed, Sequence = 1, AppliedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        });
        return (line.Id, monitor.Id);
    });

    [Fact]
    public async Task Flow_RuleRecalculateApproveExportCsvPaid_MonitorSeesOwnAndLineMovesToPaid()
    {
        await using var app = new SeoulMonitorApplication();
        var (line, monitor) = await ArrangeAsync(app);
        using var staff = app.CreateStaffClient();
        using var me = app.CreateMonitorClient(monitor);
        using var someoneElse = app.CreateMonitorClient(Guid.NewGuid());

        var (rule, _) = await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, perParticipation = 30_000, perCommunityActivity = 100_000 });
        var (recalculated, report) = await staff.PostJsonAsync("/api/stipends/recalculate?year=2026");
        var (_, list) = await staff.GetJsonAsync("/api/stipends?year=2026&state=calculated");
        var id = list[0].GetProperty("id").GetString();
        var (approved, _) = await staff.PostJsonAsync("/api/stipends/approve", new { ids = new[] { id } });
        var (exported, batch) = await staff.PostJsonAsync("/api/stipends/payouts", new { month = "2026-03" });
        var batchId = batch.GetProperty("id").GetString();
        using var noReason = await staff.GetAsync(new Uri($"/api/stipends/payouts/{batchId}.csv?purpose=지급", UriKind.Relative), TestContext.Current.CancellationToken);
        using var csv = await staff.GetAsync(new Uri($"/api/stipends/payouts/{batchId}.csv?purpose=지급&reason=3월 이체 파일", UriKind.Relative), TestContext.Current.CancellationToken);
        var rows = PayoutCsv.Read(await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var (paid, _) = await staff.PostJsonAsync($"/api/stipends/payouts/{batchId}/paid");
        var (_, mine) = await me.GetJsonAsync("/api/my/stipends?year=2026");
        var (_, theirs) = await someoneElse.GetJsonAsync("/api/my/stipends");
        var (_, check) = await staff.GetJsonAsync("/api/stipends/check?year=2026");

        Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
        Assert.Equal((HttpStatusCode.OK, 1), (recalculated.StatusCode, report.GetProperty("created").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Created, exported.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(("김민지", "01012345678", 30_000L), (rows[0].Name, rows[0].Mobile, rows[0].Amount));
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(("Paid", "지급 완료"), (mine.GetProperty("entries")[0].GetProperty("state").GetString(), mine.GetProperty("entries")[0].GetProperty("stateKo").GetString()));
        Assert.Equal(30_000, mine.GetProperty("years")[0].GetProperty("paid").GetInt64());
        Assert.Equal(0, theirs.GetProperty("entries").GetArrayLength());
        Assert.True(check.GetProperty("holds").GetBoolean());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var budget = await db.Set<BudgetLine>().AsNoTracking().SingleAsync(l => l.Id == line, TestContext.Current.CancellationToken);
        Assert.Equal((0L, 30_000L), (budget.Committed, budget.Paid));
        Assert.Equal(1, await db.Set<PersonalDataAccess>().CountAsync(a => a.SubjectType == PayoutService.Entity, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Approve_ByMonitorOrDepartment_Returns403AndWritesNothing()
    {
        await using var app = new SeoulMonitorApplication();
        var (line, monitor) = await ArrangeAsync(app);
        using var staff = app.CreateStaffClient();
        await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, perParticipation = 30_000, perCommunityActivity = 0 });
        await staff.PostJsonAsync("/api/stipends/recalculate?year=2026");
        var (_, list) = await staff.GetJsonAsync("/api/stipends?year=2026");
        var ids = new[] { list[0].GetProperty("id").GetString() };

        var (byMonitor, monitorProblem) = await app.CreateMonitorClient(monitor).PostJsonAsync("/api/stipends/approve", new { ids });
        var (byDepartment, departmentProblem) = await app.CreateDepartmentClient().PostJsonAsync("/api/stipends/approve", new { ids });

        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (byMonitor.StatusCode, monitorProblem.Code()));
        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (byDepartment.StatusCode, departmentProblem.Code()));
        var (_, after) = await staff.GetJsonAsync("/api/stipends?year=2026");
        Assert.Equal("Calculated", after[0].GetProperty("state").GetString());
    }

    [Theory]
    [InlineData(-1L, 0L, "stipend.per_participation.invalid")]
    [InlineData(10_000_001L, 0L, "stipend.per_participation.invalid")]
    [InlineData(0L, -5L, "stipend.per_community_activity.invalid")]
    [InlineData(9_223_372_036_854_775_807L, 0L, "stipend.per_participation.invalid")]
    public async Task SetRule_BadAmount_Returns400WithCodeAndWritesNothing(long perParticipation, long perActivity, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (response, problem) = await staff.PostJsonAsync("/api/stipends/rules", new { year = 2026, perParticipation, perCommunityActivity = perActivity });
        var (_, rules) = await staff.GetJsonAsync("/api/stipends/rules?year=2026");

        Assert.Equal((HttpStatusCode.BadRequest, code), (response.StatusCode, problem.Code()));
        Assert.Equal(0, rules.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/stipends/rules", """{"year":2026,"perParticipation":1e40}""")]
    [InlineData("/api/stipends/rules", """{"year":"x"}""")]
    [InlineData("/api/stipends/approve", """{"ids":["not-a-guid"]}""")]
    [InlineData("/api/stipends/payouts", """{"month":12}""")]
    [InlineData("/api/stipends/recalculate?year=abc", "{}")]
    public async Task Post_MalformedInput_Returns400NotAServerError(string url, string json)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await staff.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ReportActivity_LeaderOfAnotherCommunity_Returns403NotLeader_OwnLeaderCreatesAndStaffVerifies()
    {
        await using var app = new SeoulMonitorApplication();
        var (leader, other) = (await app.AddMonitorAsync(), await app.AddMonitorAsync());
        var community = await DbAsync(app, db =>
        {
            var now = app.Time.GetUtcNow();
            var c = new Community
            {
                Id = Guid.NewGuid(), Name = "종로 걷기 모임", NormalizedName = "종로걷기모임", Description = "보행 점검", State = CommunityState.Active, FounderId = leader,
                LeaderId = leader, MemberCount = 4, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            db.Add(c);
            return c.Id;
        });
        var today = SeoulCalendar.Today(app.Time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var otherLeader = app.CreateClient([Roles.CommunityLeader], other);
        using var ownLeader = app.CreateClient([Roles.CommunityLeader], leader);
        using var staff = app.CreateStaffClient();
        var body = new { title = "보도 점검 산책", heldOn = today, attendees = 3 };

        var (refused, problem) = await otherLeader.PostJsonAsync($"/api/communities/{community:D}/activities", body);
        var (tooMany, tooManyProblem) = await ownLeader.PostJsonAsync($"/api/communities/{community:D}/activities", body with { attendees = 5 });
        var (created, activity) = await ownLeader.PostJsonAsync($"/api/communities/{community:D}/activities", body);
        var (listedByOther, _) = await otherLeader.GetJsonAsync($"/api/communities/{community:D}/activities");
        var (verified, view) = await staff.PostJsonAsync($"/api/community-activities/{activity.GetProperty("id").GetString()}/verify");
        var (_, listed) = await ownLeader.GetJsonAsync($"/api/communities/{community:D}/activities");

        Assert.Equal((HttpStatusCode.Forbidden, "community_activity.not_leader"), (refused.StatusCode, problem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "community_activity.attendees.invalid"), (tooMany.StatusCode, tooManyProblem.Code()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, listedByOther.StatusCode);
        Assert.Equal((HttpStatusCode.OK, "Verified", "확인"), (verified.StatusCode, view.GetProperty("state").GetString(), view.GetProperty("stateKo").GetString()));
        Assert.Equal(1, listed.GetArrayLength());
    }
}
