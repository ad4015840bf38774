using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>Real records for the bad-input battery: a consolidating task with findings, a fieldwork task, a demand.</summary>
internal sealed class MonitoringBadInputWorld
{
    private readonly Dictionary<string, HttpClient> _clients;
    private readonly Dictionary<string, Guid> _ids;

    private MonitoringBadInputWorld(Dictionary<string, HttpClient> clients, Dictionary<string, Guid> ids)
    {
        _clients = clients;
        _ids = ids;
    }

    public HttpClient Client(string caller) => _clients[caller];

    public static async Task<MonitoringBadInputWorld> CreateAsync(SeoulMonitorApplication app)
    {
        var (consolidating, people) = await FindingsHostArrange.SeedAsync(app);
        var fieldwork = await app.AddTaskAsync();
        var monitor = await app.AddSelectedMonitorAsync(fieldwork);
        var staff = app.CreateStaffClient();
        var department = app.CreateDepartmentClient(FindingsHostArrange.Department);
        var draft = await staff.PostJsonAsync($"/api/tasks/{consolidating:D}/findings", new { title = "보도 턱", summary = "보도 턱이 높다", sourceSubmissionIds = people[0].Submissions });
        Assert.Equal(StatusCodes.Status201Created, (int)draft.Response.StatusCode);
        var demand = await department.PostJsonAsync("/api/demands", new
        {
            title = "공원 점검", purpose = "위생", sites = "서울숲", periodStart = "2026-05-01", periodEnd = "2026-06-30", headcount = 10, requirements = "없음",
        });
        Assert.Equal(StatusCodes.Status201Created, (int)demand.Response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var participation = await db.Set<Participation>().Where(p => p.TaskId == fieldwork).Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
        var departmentId = await db.Set<SeoulMonitor.Core.Monitoring.Departments.Department>().Select(d => d.Id).FirstAsync(TestContext.Current.CancellationToken);
        var clients = new Dictionary<string, HttpClient>
        {
            [Callers.Staff] = staff,
            [Callers.Department] = department,
            [Callers.Monitor] = app.CreateMonitorClient(monitor),
            [Callers.CommunityLeader] = app.CreateClient([SeoulMonitor.Host.Infrastructure.Roles.CommunityLeader, SeoulMonitor.Host.Infrastructure.Roles.Monitor], monitor),
        };
        var ids = new Dictionary<string, Guid>
        {
            ["consolidating"] = consolidating, ["fieldwork"] = fieldwork, ["finding"] = draft.Body.GetProperty("id").GetGuid(),
            ["demand"] = demand.Body.GetProperty("id").GetGuid(), ["submission"] = people[0].Submissions[1], ["participation"] = participation,
            ["department"] = departmentId,
        };
        return new MonitoringBadInputWorld(clients, ids);
    }

    /// <summary>The route with real ids (and a made-up one) in its parameters.</summary>
    public IEnumerable<string> Urls(string route)
    {
        var ids = route switch
        {
            _ when route.StartsWith("/api/tasks/", StringComparison.Ordinal) => [_ids["fieldwork"], _ids["consolidating"], Guid.NewGuid()],
            _ when route.StartsWith("/api/demands/", StringComparison.Ordinal) => [_ids["demand"], Guid.NewGuid()],
            _ when route.StartsWith("/api/findings/", StringComparison.Ordinal) => [_ids["finding"], Guid.NewGuid()],
            _ when route.StartsWith("/api/submissions/", StringComparison.Ordinal) => [_ids["submission"], Guid.NewGuid()],
            _ when route.StartsWith("/api/departments/", StringComparison.Ordinal) => [_ids["department"], Guid.NewGuid()],
            _ => new[] { Guid.NewGuid() },
        };
        foreach (var id in ids)
        {
            yield return route.Replace("{id:guid}", id.ToString("D"), StringComparison.Ordinal)
                .Replace("{participationId:guid}", _ids["participation"].ToString("D"), StringComparison.Ordinal)
                .Replace("{quoteId:guid}", Guid.NewGuid().ToString("D"), StringComparison.Ordinal)
                .Replace("{photoId:guid}", Guid.NewGuid().ToString("D"), StringComparison.Ordinal)
                .Replace("{number:int}", "1", StringComparison.Ordinal)
                .Replace("{year:int}", "2013", StringComparison.Ordinal);
        }
    }
}
