using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

public sealed class RecruitmentEndpointsTests
{
    private const string Department = "시민봉사담당관";

    [Fact]
    public async Task ApplyWithdrawMine_MonitorsOwnRecords_SeatPassedOnAndOthersUntouched()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await AddTaskAsync(app, capacity: 1);
        var (first, second) = (await AddMonitorAsync(app, 1), await AddMonitorAsync(app, 2));
        using var a = app.CreateMonitorClient(first);
        using var b = app.CreateMonitorClient(second);

        var (applied, view) = await a.PostJsonAsync($"/api/tasks/{task}/applications");
        var (waiting, waitView) = await b.PostJsonAsync($"/api/tasks/{task}/applications");
        var (again, againProblem) = await a.PostJsonAsync($"/api/tasks/{task}/applications");
        var (_, mineBefore) = await b.GetJsonAsync("/api/my/participations");
        var (withdrawn, _) = await a.PostJsonAsync($"/api/tasks/{task}/applications/withdraw");
        var (_, mineAfter) = await b.GetJsonAsync("/api/my/participations");

        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        Assert.Equal(("Selected", "선정"), (view.GetProperty("state").GetString(), view.GetProperty("stateKo").GetString()));
        Assert.Equal((HttpStatusCode.Created, 1), (waiting.StatusCode, waitView.GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal((HttpStatusCode.Conflict, "recruitment.already_applied"), (again.StatusCode, againProblem.Code()));
        Assert.Equal("Waitlisted", mineBefore[0].GetProperty("participation").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var mine = Assert.Single(mineAfter.EnumerateArray());
        Assert.Equal("Selected", mine.GetProperty("participation").GetProperty("state").GetString());
        Assert.Equal("지하철역 엘리베이터 점검", mine.GetProperty("taskTitle").GetString());
    }

    [Fact]
    public async Task Withdraw_SomeoneElsesApplication_OnlyTheCallersOwnIsAddressed()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await AddTaskAsync(app, capacity: 2);
        var (owner, other) = (await AddMonitorAsync(app, 1), await AddMonitorAsync(app, 2));
        using var ownerClient = app.CreateMonitorClient(owner);
        using var otherClient = app.CreateMonitorClient(other);
        var (_, applied) = await ownerClient.PostJsonAsync($"/api/tasks/{task}/applications");

        var (withdraw, problem) = await otherClient.PostJsonAsync($"/api/tasks/{task}/applications/withdraw");
        var (remove, _) = await otherClient.PostJsonAsync($"/api/tasks/{task}/participants/{applied.GetProperty("id").GetString()}/remove", new { reason = "취소합니다" });

        Assert.Equal((HttpStatusCode.NotFound, "recruitment.not_applied"), (withdraw.StatusCode, problem.Code()));
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        var (_, mine) = await ownerClient.GetJsonAsync("/api/my/participations");
        Assert.Equal("Selected", mine[0].GetProperty("participation").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Apply_BadInput_ClearProblemsNeverServerErrors()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await AddTaskAsync(app, capacity: 1, districts: ["마포구"]);
        var planned = await AddTaskAsync(app, capacity: 1, state: MonitoringTaskState.Planned);
        var monitor = await AddMonitorAsync(app, 1);
        var suspended = await AddMonitorAsync(app, 2, MembershipState.Suspended);
        using var client = app.CreateMonitorClient(monitor);
        using var badClaim = app.CreateClient([SeoulMonitor.Host.Infrastructure.Roles.Monitor], name: "x");

        var cases = new (HttpClient Client, string Url, HttpStatusCode Status, string Code)[]
        {
            (client, $"/api/tasks/{task}/applications", HttpStatusCode.UnprocessableEntity, "recruitment.district_ineligible"),
            (client, $"/api/tasks/{planned}/applications", HttpStatusCode.NotFound, "recruitment.task_not_found"),
            (client, $"/api/tasks/{Guid.NewGuid()}/applications", HttpStatusCode.NotFound, "recruitment.task_not_found"),
            (app.CreateMonitorClient(suspended), $"/api/tasks/{task}/applications", HttpStatusCode.UnprocessableEntity, "recruitment.monitor_inactive"),
            (client, $"/api/tasks/{task}/applications/withdraw", HttpStatusCode.NotFound, "recruitment.not_applied"),
        };
        foreach (var (c, url, status, code) in cases)
        {
            var (response, problem) = await c.PostJsonAsync(url);
            Assert.Equal((status, code), (response.StatusCode, problem.Code()));
        }

        var (noClaim, _) = await badClaim.PostJsonAsync($"/api/tasks/{task}/applications");
        Assert.Equal(HttpStatusCode.Forbidden, noClaim.StatusCode);
    }

    [Fact]
    public async Task StaffParticipantsRemoveClose_AccessLoggedReasonRequiredCountsReturned()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await AddTaskAsync(app, capacity: 1);
        var (first, second) = (await AddMonitorAsync(app, 1), await AddMonitorAsync(app, 2));
        await app.CreateMonitorClient(first).PostJsonAsync($"/api/tasks/{task}/applications");
        await app.CreateMonitorClient(second).PostJsonAsync($"/api/tasks/{task}/applications");
        using var staff = app.CreateStaffClient();

        var (noPurpose, noPurposeProblem) = await staff.GetJsonAsync($"/api/tasks/{task}/participants");
        var (listed, participants) = await staff.GetJsonAsync($"/api/tasks/{task}/participants?purpose=참여자%20확인");
        var id = participants[0].GetProperty("participation").GetProperty("id").GetString();
        var (noReason, noReasonProblem) = await staff.PostJsonAsync($"/api/tasks/{task}/participants/{id}/remove", new { });
        var (removed, _) = await staff.PostJsonAsync($"/api/tasks/{task}/participants/{id}/remove", new { reason = "중복 참여" });
        var (closed, counts) = await staff.PostJsonAsync($"/api/tasks/{task}/close-recruitment");
        var (closedAgain, againProblem) = await staff.PostJsonAsync($"/api/tasks/{task}/close-recruitment");

        Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (noPurpose.StatusCode, noPurposeProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal("모니터1", participants[0].GetProperty("name").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "recruitment.reason.required"), (noReason.StatusCode, noReasonProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(("RecruitmentClosed", 1, 1), (counts.GetProperty("taskState").GetString(), counts.GetProperty("selected").GetInt32(), counts.GetProperty("withdrawn").GetInt32()));
        Assert.Equal((HttpStatusCode.Conflict, "monitoring_task.invalid_transition"), (closedAgain.StatusCode, againProblem.Code()));
        await using var scope = app.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<PersonalDataAccess>()
            .CountAsync(a => a.SubjectType == "task_participants", TestContext.Current.CancellationToken);
        Assert.Equal(1, logged);
    }

    [Fact]
    public async Task Counts_DepartmentOfficers_OwnTaskOnlyAndNoPersonalData()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await AddTaskAsync(app, capacity: 1);
        await app.CreateMonitorClient(await AddMonitorAsync(app, 1)).PostJsonAsync($"/api/tasks/{task}/applications");
        using var own = app.CreateDepartmentClient(Department);
        using var other = app.CreateDepartmentClient("교통정책과");

        var (ownResponse, counts) = await own.GetJsonAsync($"/api/tasks/{task}/recruitment");
        var (otherResponse, problem) = await other.GetJsonAsync($"/api/tasks/{task}/recruitment");
        var (participants, _) = await own.GetJsonAsync($"/api/tasks/{task}/participants?purpose=확인");

        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
        Assert.Equal(1, counts.GetProperty("selected").GetInt32());
        var text = counts.GetRawText();
        Assert.DoesNotContain("모니터1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("010", text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, "recruitment.task_not_found"), (otherResponse.StatusCode, problem.Code()));
        Assert.Equal(HttpStatusCode.Forbidden, participants.StatusCode);
    }

    private static async Task<Guid> AddTaskAsync(
        SeoulMonitorApplication app, int capacity, string[]? districts = null, MonitoringTaskState state = MonitoringTaskState.RecruitmentOpen)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = app.Time.GetUtcNow();
        var task = new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = "지하철역 엘리베이터 점검", Purpose = "교통약자 이동 편의", Department = Department, Sites = "시청역",
            Capacity = capacity, SelectionMethod = SelectionMethod.FirstComeFirstServed, RecruitmentOpensAt = now.AddHours(-1), RecruitmentClosesAt = now.AddDays(7),
            FieldworkOpensAt = now.AddDays(8), FieldworkClosesAt = now.AddDays(30), EligibleDistricts = [.. districts ?? []], State = state,
            CurrentFormVersion = 1, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        db.Add(task);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return task.Id;
    }

    private static async Task<Guid> AddMonitorAsync(SeoulMonitorApplication app, int n, MembershipState state = MembershipState.Active)
    {
        var id = await app.AddMonitorAsync(state);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var m = await db.Set<Membership>().SingleAsync(x => x.Id == id, TestContext.Current.CancellationToken);
        (m.Name, m.Email, m.Mobile, m.District) = ($"모니터{n}", $"monitor{n}@example.com", $"0101234000{n}", "중구");
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return id;
    }
}
