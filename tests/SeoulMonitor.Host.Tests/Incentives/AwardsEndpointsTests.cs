using System.Net;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

public sealed class AwardsEndpointsTests
{
    [Fact]
    public async Task Cycle_StaffFlowToAnnouncement_NominationsExplainedInvitationsListedMonitorSeesOnlyOwnScore()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync(MonitoringTaskState.Closed);
        var best = await app.AddParticipantAsync(task.Id, 1, approved: 3);
        var other = await app.AddParticipantAsync(task.Id, 2, approved: 1);
        using var staff = app.CreateStaffClient();
        using var monitor = app.CreateMonitorClient(other);

        var (opened, cycle) = await staff.PostJsonAsync("/api/awards/cycles", new { year = 2026, monitorAwards = 1, communityAwards = 0 });
        var (computed, _) = await staff.PostJsonAsync("/api/awards/cycles/2026/compute");
        var (_, nominations) = await staff.GetJsonAsync("/api/awards/cycles/2026/nominations?purpose=심사");
        var (review, _) = await staff.PostJsonAsync("/api/awards/cycles/2026/start-review");
        var (decided, _) = await staff.PostJsonAsync("/api/awards/cycles/2026/decide", new { monitorIds = new[] { best } });
        var (announced, final) = await staff.PostJsonAsync("/api/awards/cycles/2026/announce");
        var (_, invitations) = await staff.GetJsonAsync("/api/awards/cycles/2026/invitations?purpose=시장과의%20대화%20초청");
        var (mine, score) = await monitor.GetJsonAsync("/api/my/award-score?year=2026");

        Assert.Equal((HttpStatusCode.Created, "Open", "진행"), (opened.StatusCode, cycle.GetProperty("state").GetString(), cycle.GetProperty("stateKo").GetString()));
        Assert.Equal(HttpStatusCode.OK, computed.StatusCode);
        Assert.Equal(2, nominations.GetArrayLength());
        var top = nominations[0];
        Assert.Equal(("모니터1", 1, 30L), (top.GetProperty("name").GetString(), top.GetProperty("rank").GetInt32(), top.GetProperty("points").GetInt64()));
        Assert.Equal(top.GetProperty("points").GetInt64(), top.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("points").GetInt64()));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [review.StatusCode, decided.StatusCode, announced.StatusCode]);
        Assert.Equal(("Announced", 1), (final.GetProperty("state").GetString(), final.GetProperty("awarded").GetInt32()));
        var invited = Assert.Single(invitations.EnumerateArray());
        Assert.Equal(("모니터1", "monitor1@example.com"), (invited.GetProperty("name").GetString(), invited.GetProperty("email").GetString()));
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal((10L, 2, false), (score.GetProperty("points").GetInt64(), score.GetProperty("rank").GetInt32(), score.GetProperty("awarded").GetBoolean()));
        Assert.DoesNotContain("모니터1", score.GetRawText(), StringComparison.Ordinal);
        var logged = await app.QueryDbAsync(db => db.Set<PersonalDataAccess>().Select(a => a.SubjectType).ToListAsync(IncentivesHostArrange.Ct));
        Assert.Equal(new[] { AwardReader.NominationsSubject, AwardReader.InvitationsSubject }.Order(StringComparer.Ordinal), logged.Order(StringComparer.Ordinal));
        var plaque = Assert.Single(await app.QueryDbAsync(db => db.Set<Plaque>().ToListAsync(IncentivesHostArrange.Ct)));
        Assert.Equal(("2026 우수 시민모니터", best), (plaque.Title, plaque.RecipientId));
    }

    [Fact]
    public async Task Cycle_BadInputWrongStateAndWrongRoles_ClearProblemsNothingWritten()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync(MonitoringTaskState.Closed);
        var monitorId = await app.AddParticipantAsync(task.Id, 1);
        using var staff = app.CreateStaffClient();
        using var monitor = app.CreateMonitorClient(monitorId);
        using var department = app.CreateDepartmentClient();

        var cases = new (HttpClient Client, string Method, string Url, object? Body, HttpStatusCode Status, string Code)[]
        {
            (staff, "POST", "/api/awards/cycles", null, HttpStatusCode.BadRequest, "award.year.required"),
            (staff, "POST", "/api/awards/cycles", new { year = 2026 }, HttpStatusCode.BadRequest, "award.monitor_awards.required"),
            (staff, "POST", "/api/awards/cycles", new { year = 2026, monitorAwards = 0 }, HttpStatusCode.BadRequest, "award.monitor_awards.invalid"),
            (staff, "POST", "/api/awards/cycles", new { year = 2026, monitorAwards = 5000 }, HttpStatusCode.BadRequest, "award.monitor_awards.invalid"),
            (staff, "POST", "/api/awards/cycles", new { year = 1900, monitorAwards = 5 }, HttpStatusCode.BadRequest, "award.year.invalid"),
            (staff, "POST", "/api/awards/cycles", new { year = "x" }, HttpStatusCode.BadRequest, "request.malformed"),
            (staff, "POST", "/api/awards/cycles/2026/compute", null, HttpStatusCode.NotFound, "award.cycle_not_found"),
            (staff, "GET", "/api/awards/cycles/2026", null, HttpStatusCode.NotFound, "award.cycle_not_found"),
            (monitor, "POST", "/api/awards/cycles", new { year = 2026, monitorAwards = 5 }, HttpStatusCode.Forbidden, "auth.forbidden"),
            (department, "POST", "/api/awards/cycles", new { year = 2026, monitorAwards = 5 }, HttpStatusCode.Forbidden, "auth.forbidden"),
            (department, "GET", "/api/my/award-score?year=2026", null, HttpStatusCode.Forbidden, "auth.forbidden"),
            (monitor, "GET", "/api/my/award-score", null, HttpStatusCode.BadRequest, "award.year.required"),
            (monitor, "GET", "/api/my/award-score?year=1999", null, HttpStatusCode.BadRequest, "award.year.invalid"),
        };
        foreach (var (client, method, url, body, status, code) in cases)
        {
            var (response, problem) = method == "GET" ? await client.GetJsonAsync(url) : await client.PostJsonAsync(url, body);
            Assert.True((status, code) == (response.StatusCode, problem.Code()), $"{method} {url}: {(int)response.StatusCode} {problem.Code()}");
        }

        Assert.Empty(await app.QueryDbAsync(db => db.Set<AwardCycle>().ToListAsync(IncentivesHostArrange.Ct)));
        await staff.PostJsonAsync("/api/awards/cycles", new { year = 2026, monitorAwards = 1 });
        var (early, earlyProblem) = await staff.PostJsonAsync("/api/awards/cycles/2026/decide", new { monitorIds = new[] { monitorId } });
        var (again, againProblem) = await staff.PostJsonAsync("/api/awards/cycles", new { year = 2026, monitorAwards = 1 });
        var (noPurpose, noPurposeProblem) = await staff.GetJsonAsync("/api/awards/cycles/2026/invitations");
        Assert.Equal((HttpStatusCode.Conflict, "award_cycle.invalid_transition"), (early.StatusCode, earlyProblem.Code()));
        Assert.Equal((HttpStatusCode.Conflict, "award.cycle_exists"), (again.StatusCode, againProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (noPurpose.StatusCode, noPurposeProblem.Code()));
    }
}
