using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

public sealed class FindingsEndpointsTests
{
    [Fact]
    public async Task Loop_DraftSendAnswer_DepartmentSeesOwnOnly_MonitorSeesOutcome()
    {
        await using var app = new SeoulMonitorApplication();
        var (taskId, people) = await FindingsHostArrange.SeedAsync(app);
        using var staff = app.CreateStaffClient();
        using var department = app.CreateDepartmentClient(FindingsHostArrange.Department);
        using var stranger = app.CreateDepartmentClient("다른부서");
        using var monitor = app.CreateMonitorClient(people[0].Id);
        using var outsider = app.CreateMonitorClient(people[2].Id);
        var (created, draft) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings",
            new { title = "보도 턱 개선", summary = "보도 턱이 높다는 의견", sourceSubmissionIds = people[0].Submissions.Concat(people[1].Submissions) });
        var id = draft.GetProperty("id").GetString();

        var (draftHidden, draftProblem) = await department.GetJsonAsync($"/api/findings/{id}");
        var (listBefore, before) = await department.GetJsonAsync($"/api/tasks/{taskId}/findings");
        var (sent, _) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings/send", new { findingIds = new[] { id } });
        var (foreign, foreignProblem) = await stranger.GetJsonAsync($"/api/findings/{id}");
        var (foreignAnswer, foreignAnswerProblem) = await stranger.PostJsonAsync($"/api/findings/{id}/acknowledge");
        var (acknowledged, ack) = await department.PostJsonAsync($"/api/findings/{id}/acknowledge");
        var (reflected, _) = await department.PostJsonAsync($"/api/findings/{id}/reflect", new { response = "턱을 낮췄습니다" });
        var (_, inbox) = await department.GetJsonAsync("/api/department/findings?state=Reflected");
        var (_, mine) = await monitor.GetJsonAsync("/api/my/findings");
        var (_, notMine) = await outsider.GetJsonAsync("/api/my/findings");
        var (_, staffView) = await staff.GetJsonAsync($"/api/findings/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "finding.not_found"), (draftHidden.StatusCode, draftProblem.Code()));
        Assert.Equal((HttpStatusCode.OK, 0), (listBefore.StatusCode, before.GetArrayLength()));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "finding.not_found"), (foreign.StatusCode, foreignProblem.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "finding.not_found"), (foreignAnswer.StatusCode, foreignAnswerProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("접수 확인", ack.GetProperty("stateNameKo").GetString());
        Assert.False(ack.TryGetProperty("sourceSubmissionIds", out _));
        Assert.Equal(4, ack.GetProperty("sourceCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, reflected.StatusCode);
        Assert.Equal(id, inbox[0].GetProperty("id").GetString());
        var outcome = Assert.Single(mine.EnumerateArray());
        Assert.Equal(("Reflected", "턱을 낮췄습니다", 3), (outcome.GetProperty("state").GetString(), outcome.GetProperty("response").GetString(), outcome.GetProperty("updates").GetArrayLength()));
        Assert.Equal(2, outcome.GetProperty("mySubmissionIds").GetArrayLength());
        Assert.Equal(0, notMine.GetArrayLength());
        Assert.Equal(4, staffView.GetProperty("sourceSubmissionIds").GetArrayLength());
        Assert.Equal(6, await NoticesAsync(app, MonitoringNoticeKinds.FindingUpdate));
    }

    [Fact]
    public async Task BadInput_ClearProblemsWithStableCodes_NoServerErrors()
    {
        await using var app = new SeoulMonitorApplication();
        var (taskId, people) = await FindingsHostArrange.SeedAsync(app);
        var (otherTask, _) = await FindingsHostArrange.SeedAsync(app, "주소없는부서", contactEmail: null, batch: "b");
        using var staff = app.CreateStaffClient();
        using var department = app.CreateDepartmentClient(FindingsHostArrange.Department);
        var (_, draft) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings", new { title = "보도 턱", summary = "턱이 높다", sourceSubmissionIds = people[0].Submissions });
        var id = draft.GetProperty("id").GetString();
        await staff.PostJsonAsync($"/api/tasks/{taskId}/findings/send", new { findingIds = new[] { id } });

        var cases = new (HttpResponseMessage Response, string? Code)[]
        {
            await Post(staff, $"/api/tasks/{taskId}/findings", new { title = "제목", summary = "내용", sourceSubmissionIds = Array.Empty<Guid>() }),
            await Post(staff, $"/api/tasks/{taskId}/findings", new { title = "제목", summary = "내용", sourceSubmissionIds = new[] { Guid.NewGuid() } }),
            await Post(staff, $"/api/tasks/{Guid.NewGuid()}/findings", new { title = "제목", summary = "내용", sourceSubmissionIds = people[0].Submissions }),
            await Post(staff, $"/api/tasks/{taskId}/findings/send", new { findingIds = Array.Empty<Guid>() }),
            await Post(staff, $"/api/tasks/{taskId}/findings/send", new { findingIds = new[] { id } }),
            await Post(department, $"/api/findings/{id}/decline", new { reason = " " }),
            await Post(department, $"/api/findings/{id}/progress", new { percent = 101 }),
            await Post(department, $"/api/findings/{id}/accept", new { expectedDate = "2026-13-01" }),
            await Post(department, $"/api/findings/{id}/defer-long-term", new { note = "검토" }),
            await Post(staff, $"/api/findings/{id}/reopen", new { reason = "이의" }),
            await Post(staff, $"/api/findings/{id}/quotes", new { submissionId = people[0].Submissions[0], text = "좋아요" }),
            (await department.GetAsync(new Uri("/api/department/findings?state=Lost", UriKind.Relative), TestContext.Current.CancellationToken), null),
        };
        var (_, otherDraft) = await staff.PostJsonAsync($"/api/tasks/{otherTask}/findings", new { title = "다른 과제", summary = "내용", sourceSubmissionIds = new[] { (await FirstSubmissionAsync(app, otherTask)) } });
        var noContact = await Post(staff, $"/api/tasks/{otherTask}/findings/send", new { findingIds = new[] { otherDraft.GetProperty("id").GetString() } });

        var expected = new (HttpStatusCode, string)[]
        {
            (HttpStatusCode.BadRequest, "finding.sources.required"),
            (HttpStatusCode.UnprocessableEntity, "finding.source.not_approved"),
            (HttpStatusCode.NotFound, "finding.task_not_found"),
            (HttpStatusCode.BadRequest, "finding.send.required"),
            (HttpStatusCode.Conflict, "finding.invalid_transition"),
            (HttpStatusCode.BadRequest, "finding.reason_required"),
            (HttpStatusCode.BadRequest, "finding.progress.out_of_range"),
            (HttpStatusCode.BadRequest, "request.malformed"),
            (HttpStatusCode.BadRequest, "finding.expected_date.required"),
            (HttpStatusCode.Conflict, "finding.invalid_transition"),
            (HttpStatusCode.Conflict, "finding.not_draft"),
            (HttpStatusCode.BadRequest, "finding.state.invalid"),
        };
        for (var i = 0; i < expected.Length; i++)
        {
            var code = cases[i].Code ?? (await cases[i].Response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).Code();
            Assert.Equal(expected[i], (cases[i].Response.StatusCode, code));
        }

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "finding.department_contact_missing"), (noContact.Response.StatusCode, noContact.Code));
        Assert.Equal((1, 1), (await NoticesAsync(app, MonitoringNoticeKinds.FindingUpdate), await NoticesAsync(app, MonitoringNoticeKinds.FindingsSent)));
    }

    [Fact]
    public async Task ReportsAndStatistics_OwnDepartmentOnly_KoreanCsvWithBom()
    {
        await using var app = new SeoulMonitorApplication();
        var (taskId, _) = await FindingsHostArrange.SeedAsync(app);
        using var department = app.CreateDepartmentClient(FindingsHostArrange.Department);
        using var stranger = app.CreateDepartmentClient("다른부서");

        using var csv = await department.GetAsync(new Uri($"/api/tasks/{taskId}/report.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        using var xlsx = await department.GetAsync(new Uri($"/api/tasks/{taskId}/report.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);
        var (stats, body) = await department.GetJsonAsync($"/api/tasks/{taskId}/statistics");
        var (foreign, problem) = await stranger.GetJsonAsync($"/api/tasks/{taskId}/report.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("보행 환경 모니터링", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal(3.5, body.GetProperty("questions")[0].GetProperty("mean").GetDouble());
        Assert.Equal((HttpStatusCode.NotFound, "statistics.task_not_found"), (foreign.StatusCode, problem.Code()));
    }

    [Fact]
    public async Task ReflectionRun_AfterTheDeadline_QueuesOverdueOnceWhoeverRunsIt()
    {
        await using var app = new SeoulMonitorApplication();
        var (taskId, people) = await FindingsHostArrange.SeedAsync(app);
        using var staff = app.CreateStaffClient();
        var (_, draft) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings", new { title = "보도 턱", summary = "턱이 높다", sourceSubmissionIds = people[0].Submissions });
        await staff.PostJsonAsync($"/api/tasks/{taskId}/findings/send", new { findingIds = new[] { draft.GetProperty("id").GetString() } });
        app.Time.Advance(TimeSpan.FromDays(30)); // also wakes the hourly worker, which may run first: the stamps make the runs idempotent

        var (_, first) = await staff.PostJsonAsync("/api/monitoring/reflection/run");
        var (_, second) = await staff.PostJsonAsync("/api/monitoring/reflection/run");
        var (_, overdue) = await app.CreateDepartmentClient(FindingsHostArrange.Department).GetJsonAsync("/api/department/findings?overdue=true");

        Assert.InRange(first.GetProperty("overdueNotices").GetInt32(), 0, 1);
        Assert.Equal(0, second.GetProperty("overdueNotices").GetInt32());
        Assert.True(overdue[0].GetProperty("overdue").GetBoolean());
        Assert.Equal(1, await NoticesAsync(app, MonitoringNoticeKinds.ReflectionOverdue));
    }

    private static async Task<(HttpResponseMessage Response, string? Code)> Post(HttpClient client, string url, object body)
    {
        var (response, problem) = await client.PostJsonAsync(url, body);
        return (response, problem.Code());
    }

    private static async Task<Guid> FirstSubmissionAsync(SeoulMonitorApplication app, Guid taskId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        return await db.Set<SeoulMonitor.Core.Monitoring.Submissions.FieldSubmission>().Where(s => s.TaskId == taskId).Select(s => s.Id).FirstAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<int> NoticesAsync(SeoulMonitorApplication app, string kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Kind == kind, TestContext.Current.CancellationToken);
    }
}
