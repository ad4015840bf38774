using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>
/// The visibility rule of the monitoring endpoints: a record the caller may not see (another department's demand,
/// task, statistics, findings, report or photo; a task monitors may not see yet; another monitor's submission or
/// photo) answers 404 with exactly the status and code of a record that does not exist, so nothing discloses that it
/// exists. Every record endpoint open to department officers or monitors is walked.
/// </summary>
public sealed class MonitoringVisibilityTests
{
    // Content of this test only (files are content-addressed and the store is shared by the tests running in parallel).
    private static readonly byte[] Png = [.. FeedbackLoopApi.Png, .. "visibility-test"u8];

    private static readonly Type[] MonitoringRules =
        [typeof(TasksEndpointRules), typeof(FindingsEndpointRules), typeof(RecruitmentEndpointRules), typeof(SubmissionEndpointRules)];

    private static readonly object Answer = new { response = "검토 결과를 반영합니다", reason = "예산이 부족합니다", note = "검토 중", percent = 50, expectedDate = "2027-01-31" };

    [Fact]
    public async Task Request_RecordTheCallerMayNotSee_AnswersLikeAMissingRecord()
    {
        await using var app = new SeoulMonitorApplication();
        var (taskId, people) = await FindingsHostArrange.SeedAsync(app);
        var photoId = await app.AddStoredPhotoAsync(people[0].Submissions[0], Png);
        var planned = await AddPlannedTaskAsync(app);
        using var staff = app.CreateStaffClient();
        using var owner = app.CreateDepartmentClient(FindingsHostArrange.Department);
        using var stranger = app.CreateDepartmentClient("다른부서");
        using var author = app.CreateMonitorClient(people[0].Id);
        using var otherMonitor = app.CreateMonitorClient(people[1].Id);
        using var leader = app.CreateClient([Roles.CommunityLeader], Guid.NewGuid(), name: "leader-of-nothing");
        var (_, demand) = await owner.PostJsonAsync("/api/demands", new
        {
            title = "보도 턱 점검", purpose = "보행 안전", sites = "종로구", periodStart = "2026-09-01", periodEnd = "2026-09-30", headcount = 10,
        });
        var demandId = Guid.Parse(demand.GetProperty("id").GetString()!);
        var (_, draft) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings", new { title = "보도 턱", summary = "턱이 높다", sourceSubmissionIds = people[0].Submissions });
        var findingId = Guid.Parse(draft.GetProperty("id").GetString()!);
        await staff.PostJsonAsync($"/api/findings/{findingId}/photos", new { photoId });
        await staff.PostJsonAsync($"/api/tasks/{taskId}/findings/send", new { findingIds = new[] { findingId } });
        var submissionId = people[0].Submissions[0];

        Probe[] probes =
        [
            new(stranger, owner, "GET", "/api/demands/{id:guid}", id => $"/api/demands/{id(demandId)}"),
            new(leader, owner, "GET", "/api/demands/{id:guid}", id => $"/api/demands/{id(demandId)}"),
            new(stranger, null, "POST", "/api/demands/{id:guid}/resubmit", id => $"/api/demands/{id(demandId)}/resubmit"),
            new(leader, null, "POST", "/api/demands/{id:guid}/withdraw", id => $"/api/demands/{id(demandId)}/withdraw"),
            new(stranger, owner, "GET", "/api/tasks/{id:guid}", id => $"/api/tasks/{id(taskId)}"),
            new(otherMonitor, staff, "GET", "/api/tasks/{id:guid}", id => $"/api/tasks/{id(planned)}"),
            new(stranger, owner, "GET", "/api/tasks/{id:guid}/forms", id => $"/api/tasks/{id(taskId)}/forms"),
            new(otherMonitor, staff, "GET", "/api/tasks/{id:guid}/forms", id => $"/api/tasks/{id(planned)}/forms"),
            new(stranger, owner, "GET", "/api/tasks/{id:guid}/forms/{number:int}", id => $"/api/tasks/{id(taskId)}/forms/1"),
            new(otherMonitor, staff, "GET", "/api/tasks/{id:guid}/forms/{number:int}", id => $"/api/tasks/{id(planned)}/forms/1"),
            new(stranger, owner, "GET", "/api/tasks/{id:guid}/statistics", id => $"/api/tasks/{id(taskId)}/statistics"),
            new(stranger, owner, "GET", "/api/tasks/{id:guid}/findings", id => $"/api/tasks/{id(taskId)}/findings"),
            new(stranger, owner, "GET", "/api/tasks/{id:guid}/report.csv", id => $"/api/tasks/{id(taskId)}/report.csv"),
            new(stranger, owner, "GET", "/api/tasks/{id:guid}/report.xlsx", id => $"/api/tasks/{id(taskId)}/report.xlsx"),
            new(stranger, owner, "GET", "/api/tasks/{id:guid}/recruitment", id => $"/api/tasks/{id(taskId)}/recruitment"),
            new(stranger, owner, "GET", "/api/findings/{id:guid}", id => $"/api/findings/{id(findingId)}"),
            new(stranger, owner, "GET", "/api/findings/{id:guid}/photos/{photoId:guid}", id => $"/api/findings/{id(findingId)}/photos/{id(photoId)}"),
            .. new[] { "acknowledge", "accept", "progress", "reflect", "reflect-partially", "decline", "defer-long-term" }.Select(action =>
                new Probe(stranger, null, "POST", $"/api/findings/{{id:guid}}/{action}", id => $"/api/findings/{id(findingId)}/{action}", Answer)),
            new(otherMonitor, null, "POST", "/api/tasks/{id:guid}/applications", id => $"/api/tasks/{id(planned)}/applications"),
            new(otherMonitor, null, "POST", "/api/tasks/{id:guid}/applications/withdraw", id => $"/api/tasks/{id(planned)}/applications/withdraw"),
            new(otherMonitor, null, "POST", "/api/tasks/{id:guid}/submissions", id => $"/api/tasks/{id(planned)}/submissions", Submission(app)),
            new(otherMonitor, author, "GET", "/api/submissions/{id:guid}", id => $"/api/submissions/{id(submissionId)}"),
            new(otherMonitor, author, "GET", "/api/submissions/{id:guid}/photos/{photoId:guid}", id => $"/api/submissions/{id(submissionId)}/photos/{id(photoId)}"),
        ];

        var failures = new List<string>();
        foreach (var probe in probes)
        {
            var hidden = await CallAsync(probe.Caller, probe.Method, probe.Url(real => real), probe.Body);
            var missing = await CallAsync(probe.Caller, probe.Method, probe.Url(_ => Guid.NewGuid()), probe.Body);
            var seen = probe.Owner is null ? HttpStatusCode.OK : (await CallAsync(probe.Owner, probe.Method, probe.Url(real => real), probe.Body)).Status;
            if (hidden.Status != HttpStatusCode.NotFound || hidden.Code?.EndsWith("not_found", StringComparison.Ordinal) != true || hidden != missing || seen != HttpStatusCode.OK)
            {
                failures.Add($"{probe.Method} {probe.Route}: hidden {hidden}, missing {missing}, owner {seen}");
            }
        }

        await app.RemoveFilesAsync(FeedbackLoopApi.Sha256(Png));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        var walked = probes.Select(p => (p.Method, p.Route)).ToHashSet();
        var unwalked = EndpointRuleCatalog.All
            .Where(r => MonitoringRules.Contains(r.Source) && r.Rule.Route.Contains("{id", StringComparison.Ordinal)
                && r.Rule.Allowed.Any(a => a is Callers.Department or Callers.Monitor or Callers.CommunityLeader))
            .Select(r => (r.Rule.Method, r.Rule.Route)).Where(r => !walked.Contains(r)).ToList();
        Assert.Empty(unwalked);
    }

    private static object Submission(SeoulMonitorApplication app) =>
        new { clientId = Guid.NewGuid(), formVersion = 1, answers = new { }, capturedAt = app.Time.GetUtcNow() };

    private static async Task<(HttpStatusCode Status, string? Code)> CallAsync(HttpClient client, string method, string url, object? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = JsonContent.Create(body ?? new { });
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var code = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? System.Text.Json.JsonDocument.Parse(text).RootElement.Clone().Code()
            : null;
        return (response.StatusCode, code);
    }

    private static async Task<Guid> AddPlannedTaskAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = app.Time.GetUtcNow();
        var task = new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = "준비 중 과제", Purpose = "준비", Department = FindingsHostArrange.Department, Sites = "중구", Capacity = 5,
            RecruitmentOpensAt = now.AddDays(10), RecruitmentClosesAt = now.AddDays(20), FieldworkOpensAt = now.AddDays(30), FieldworkClosesAt = now.AddDays(40),
            State = MonitoringTaskState.Planned, CurrentFormVersion = 1, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        var form = new FormDefinition { Questions = [new FormQuestion { Key = "safety", Kind = QuestionKind.Rating, Label = "안전", ScaleMin = 1, ScaleMax = 5 }] };
        db.Add(task);
        db.Add(new TaskFormVersion { Id = Guid.NewGuid(), TaskId = task.Id, Number = 1, Definition = FormJson.Serialize(form), CreatedAt = now, CreatedBy = "staff:seed" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return task.Id;
    }

    /// <summary>One call: who makes it, who owns the record (a GET they must see, or null), and its URL for an id mapping.</summary>
    private sealed record Probe(HttpClient Caller, HttpClient? Owner, string Method, string Route, Func<Func<Guid, Guid>, string> Url, object? Body = null);
}
