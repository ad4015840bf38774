using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Demo;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Demo;

public sealed class DemoMonitoringTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_DemoEnabled_SeedsThreeLiveTasksInTheirStates()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();

        var tasks = await GetArrayAsync(staff, $"/api/tasks?year={ThisYear(app)}&limit=100");

        var live = tasks.Where(t => !t.GetProperty("isHistorical").GetBoolean())
            .ToDictionary(t => t.GetProperty("title").GetString()!, t => t.GetProperty("state").GetString());
        Assert.Equal("RecruitmentOpen", live["공원 편의시설 이용 만족도 모니터링"]);
        Assert.Equal("FieldworkOpen", live["민원실 방문 서비스 품질 점검"]);
        Assert.Equal("ReportedToDepartment", live["보행자 우선도로 보행 안전 점검"]);
        Assert.Equal(3, live.Count);
        var demands = await GetArrayAsync(staff, "/api/demands");
        Assert.Equal(["ReturnedForInfo", "Selected", "Submitted"], demands.Select(d => d.GetProperty("state").GetString()).Order(StringComparer.Ordinal));
        var departments = await GetArrayAsync(staff, "/api/departments");
        Assert.All(DemoMonitoringSeeder.Departments, d => Assert.Contains(departments,
            v => v.GetProperty("name").GetString() == d.Name && v.GetProperty("contactEmail").GetString() == d.ContactEmail));
        await using var scope = app.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(Ct);
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task DepartmentInbox_DemoEnabled_ShowsTheSentFindingsWithoutPersonalData()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var officer = app.CreateDepartmentClient(DemoMonitoringSeeder.ReportedTaskDepartment);

        var response = await officer.GetAsync(new Uri("/api/department/findings", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        using var document = JsonDocument.Parse(body);
        var states = document.RootElement.EnumerateArray().Select(f => f.GetProperty("state").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["InProgress", "Reflected"], states);
        Assert.All(document.RootElement.EnumerateArray(), f => Assert.Equal(2, f.GetProperty("sourceCount").GetInt32()));
        for (var i = 0; i < DemoPeople.All.Count; i++)
        {
            Assert.DoesNotContain(DemoPeople.All[i].Name, body, StringComparison.Ordinal);
            Assert.DoesNotContain(DemoPeople.Email(i), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(DemoPeople.Mobile(i), body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task YearlyStatistics_DemoEnabled_GiveThisYearsSubmissionsAndFindings()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();
        var year = ThisYear(app);

        var response = await staff.GetAsync(new Uri($"/api/statistics/yearly?from={year}&to={year}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stats = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("years")[0];
        Assert.Equal(year, stats.GetProperty("year").GetInt32());
        Assert.Equal(3, stats.GetProperty("tasks").GetInt32());
        Assert.Equal(11, stats.GetProperty("participants").GetInt32());
        var submissions = stats.GetProperty("submissions");
        Assert.Equal((7, 5, 1, 1), (submissions.GetProperty("received").GetInt32(), submissions.GetProperty("approved").GetInt32(),
            submissions.GetProperty("returned").GetInt32(), submissions.GetProperty("awaitingReview").GetInt32()));
        var findings = stats.GetProperty("findings");
        Assert.Equal((2, 1, 1), (findings.GetProperty("sent").GetInt32(), findings.GetProperty("answered").GetInt32(), findings.GetProperty("reflected").GetInt32()));
    }

    [Fact]
    public async Task MyParticipations_DemoMonitors_ShowTheirOwnTasks()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();
        _ = await staff.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);

        using var first = app.CreateMonitorClient(await MonitorIdAsync(app, 0));
        using var sixth = app.CreateMonitorClient(await MonitorIdAsync(app, 5));
        var mine = await GetArrayAsync(first, "/api/my/participations");
        var theirs = await GetArrayAsync(sixth, "/api/my/participations");

        Assert.Equal(
            [("공원 편의시설 이용 만족도 모니터링", "Selected"), ("보행자 우선도로 보행 안전 점검", "Completed")],
            mine.Select(Summary).Order());
        Assert.Equal([("민원실 방문 서비스 품질 점검", "Selected")], theirs.Select(Summary));
    }

    [Fact]
    public async Task Findings_DemoEnabled_EveryContributorToldEachChangeAndTheDepartmentOnce()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var staff = app.CreateStaffClient();
        _ = await staff.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();

        var updates = await db.Set<OutboxMessage>().Where(m => m.Kind == MonitoringNoticeKinds.FindingUpdate)
            .GroupBy(m => m.To).Select(g => new { To = g.Key, Count = g.Count() }).ToListAsync(Ct);
        var sent = await db.Set<OutboxMessage>().CountAsync(m => m.Kind == MonitoringNoticeKinds.FindingsSent, Ct);

        // Contributors are monitors 1, 5, 7 and 8; each finding was sent, acknowledged and answered (three changes).
        Assert.Equal(
            [(DemoPeople.Email(0), 3), (DemoPeople.Email(4), 3), (DemoPeople.Email(6), 3), (DemoPeople.Email(7), 3)],
            updates.Select(u => (u.To, u.Count)).Order());
        Assert.Equal(1, sent);
    }

    private static (string, string) Summary(JsonElement p) =>
        (p.GetProperty("taskTitle").GetString()!, p.GetProperty("participation").GetProperty("state").GetString()!);

    private static int ThisYear(SeoulMonitorApplication app) => SeoulCalendar.Today(app.Clock).Year;

    private static async Task<Guid> MonitorIdAsync(SeoulMonitorApplication app, int index)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var email = DemoPeople.Email(index);
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<Membership>()
            .Where(m => m.Email == email).Select(m => m.Id).SingleAsync(Ct);
    }

    private static async Task<List<JsonElement>> GetArrayAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. root.EnumerateArray()];
    }
}
