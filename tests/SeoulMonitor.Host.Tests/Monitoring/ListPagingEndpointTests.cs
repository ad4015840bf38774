using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>GET /api/tasks and /api/demands page by cursor: the body is the page, the next page is named in the headers.</summary>
public sealed class ListPagingEndpointTests
{
    [Fact]
    public async Task ListTasks_FollowNextLinks_EachTaskOnceAndNoLinkOnTheLastPage()
    {
        await using var app = new SeoulMonitorApplication();
        var ids = await AddTasksAsync(app, 5);
        using var staff = app.CreateStaffClient();
        var seen = new List<string>();
        var url = "/api/tasks?year=2026&limit=2";
        var pages = 0;
        string? lastCursor = null;
        while (url is not null && pages < 10)
        {
            var response = await staff.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            seen.AddRange(body.EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
            pages++;
            url = response.Headers.TryGetValues("Link", out var links) ? NextUrl(links.Single()) : null;
            lastCursor = response.Headers.TryGetValues("X-Next-Cursor", out var cursors) ? cursors.Single() : null;
            Assert.Equal(url is null, lastCursor is null);
            Assert.True(url is null || (url.Contains("year=2026", StringComparison.Ordinal) && url.Contains("limit=2", StringComparison.Ordinal)), url);
        }

        Assert.Equal(3, pages);
        Assert.Null(lastCursor);
        Assert.Equal(ids.Select(i => i.ToString("D")).Order(), seen.Order());
    }

    [Fact]
    public async Task ListTasks_CursorOfTheDemandList_400AfterInvalid()
    {
        await using var app = new SeoulMonitorApplication();
        await AddTasksAsync(app, 3);
        using var staff = app.CreateStaffClient();
        var first = await staff.GetAsync(new Uri("/api/tasks?limit=1", UriKind.Relative), TestContext.Current.CancellationToken);
        var cursor = first.Headers.GetValues("X-Next-Cursor").Single();

        var (demands, problem) = await staff.GetJsonAsync($"/api/demands?after={Uri.EscapeDataString(cursor)}");
        var (tasks, _) = await staff.GetJsonAsync($"/api/tasks?limit=1&after={Uri.EscapeDataString(cursor)}");

        Assert.Equal((HttpStatusCode.BadRequest, "page.after.invalid"), (demands.StatusCode, problem.Code()));
        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
    }

    private static string NextUrl(string link)
    {
        Assert.EndsWith("; rel=\"next\"", link, StringComparison.Ordinal);
        return link[1..link.IndexOf('>', StringComparison.Ordinal)];
    }

    private static async Task<List<Guid>> AddTasksAsync(SeoulMonitorApplication app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = app.Time.GetUtcNow();
        var tasks = Enumerable.Range(0, count).Select(i => new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = $"목록 점검 {i}", Purpose = "목록", Department = "시민봉사담당관", Sites = "중구", Capacity = 5,
            RecruitmentOpensAt = now.AddDays(1), RecruitmentClosesAt = now.AddDays(5), FieldworkOpensAt = now.AddDays(10 + (i % 2)), FieldworkClosesAt = now.AddDays(20),
            State = MonitoringTaskState.Planned, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        }).ToList();
        db.AddRange(tasks);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return tasks.ConvertAll(t => t.Id);
    }
}
