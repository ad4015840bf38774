using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>
/// Departments, demands, tasks and forms over HTTP. Records of another department answer 404 (the chosen scoping:
/// a department learns nothing about records that are not its own).
/// </summary>
public sealed class TasksEndpointsTests
{
    private const string Civic = "시민봉사담당관";
    private const string Traffic = "교통정책과";

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static object DemandBody() => new
    {
        title = "지하철역 엘리베이터 점검", purpose = "교통약자 이동 편의", sites = "시청역", periodStart = "2026-05-01", periodEnd = "2026-05-31", headcount = 20,
    };

    private static Dictionary<string, object?> TaskBody(SeoulMonitorApplication app, Guid? demandId = null)
    {
        var start = app.Time.GetUtcNow().AddDays(1);
        return new Dictionary<string, object?>
        {
            ["demandId"] = demandId,
            ["department"] = Civic,
            ["sites"] = "시청역",
            ["purpose"] = "교통약자 이동 편의",
            ["recruitmentOpensAt"] = Iso(start),
            ["recruitmentClosesAt"] = Iso(start.AddDays(7)),
            ["fieldworkOpensAt"] = Iso(start.AddDays(8)),
            ["fieldworkClosesAt"] = Iso(start.AddDays(20)),
            ["eligibleDistricts"] = new[] { "종로구" },
        };
    }

    private const string FormJson = """
        {"questions":[
          {"key":"satisfaction","kind":"rating","label":"만족도","required":true,"scaleMin":1,"scaleMax":5},
          {"key":"photos","kind":"photo","label":"현장 사진"}]}
        """;

    [Fact]
    public async Task DemandToOpenTask_EachRoleSeesWhatItMay()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        using var civic = app.CreateDepartmentClient(Civic);
        using var traffic = app.CreateDepartmentClient(Traffic);
        using var monitor = app.CreateMonitorClient(Guid.NewGuid());
        var (registered, department) = await staff.PostJsonAsync("/api/departments", new { name = Civic, contactEmail = "civic@seoul.go.kr" });
        await staff.PostJsonAsync("/api/departments", new { name = Traffic });

        var (submitted, demand) = await civic.PostJsonAsync("/api/demands", DemandBody());
        var demandId = demand.GetProperty("id").GetString();
        var (otherRead, otherReadProblem) = await traffic.GetJsonAsync($"/api/demands/{demandId}");
        var (otherWithdraw, otherWithdrawProblem) = await traffic.PostJsonAsync($"/api/demands/{demandId}/withdraw");
        var (_, trafficList) = await traffic.GetJsonAsync("/api/demands");
        var (_, civicList) = await civic.GetJsonAsync("/api/demands");
        var (selected, selectedBody) = await staff.PostJsonAsync($"/api/demands/{demandId}/select");
        var (created, task) = await staff.PostJsonAsync("/api/tasks", TaskBody(app, Guid.Parse(demandId!)));
        var taskId = task.GetProperty("id").GetString();
        var (monitorPlanned, monitorPlannedProblem) = await monitor.GetJsonAsync($"/api/tasks/{taskId}");
        var (noForm, noFormProblem) = await staff.PostJsonAsync($"/api/tasks/{taskId}/open-recruitment");
        using var formContent = new StringContent(FormJson, Encoding.UTF8, "application/json");
        var published = await staff.PostAsync(new Uri($"/api/tasks/{taskId}/forms", UriKind.Relative), formContent, TestContext.Current.CancellationToken);
        var (opened, openedBody) = await staff.PostJsonAsync($"/api/tasks/{taskId}/open-recruitment");
        var (_, open) = await monitor.GetJsonAsync("/api/tasks/open");
        var (monitorRead, _) = await monitor.GetJsonAsync($"/api/tasks/{taskId}");
        var (monitorForm, form) = await monitor.GetJsonAsync($"/api/tasks/{taskId}/forms/1");
        var (civicTask, _) = await civic.GetJsonAsync($"/api/tasks/{taskId}");
        var (_, civicTasks) = await civic.GetJsonAsync("/api/tasks");
        var (trafficTask, trafficTaskProblem) = await traffic.GetJsonAsync($"/api/tasks/{taskId}");
        var (trafficForms, _) = await traffic.GetJsonAsync($"/api/tasks/{taskId}/forms");
        var (_, trafficTasks) = await traffic.GetJsonAsync($"/api/tasks?department={Uri.EscapeDataString(Civic)}");
        var (mine, mineBody) = await civic.GetJsonAsync("/api/departments/mine");

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(Civic, demand.GetProperty("department").GetString());
        Assert.Equal((HttpStatusCode.NotFound, "demand.not_found"), (otherRead.StatusCode, otherReadProblem.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "demand.not_found"), (otherWithdraw.StatusCode, otherWithdrawProblem.Code()));
        Assert.Equal(0, trafficList.GetArrayLength());
        Assert.Equal(1, civicList.GetArrayLength());
        Assert.Equal((HttpStatusCode.OK, "선정"), (selected.StatusCode, selectedBody.GetProperty("stateNameKo").GetString()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(20, task.GetProperty("capacity").GetInt32());
        Assert.Equal((HttpStatusCode.NotFound, "task.not_found"), (monitorPlanned.StatusCode, monitorPlannedProblem.Code()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "task.form_required"), (noForm.StatusCode, noFormProblem.Code()));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal((HttpStatusCode.OK, "RecruitmentOpen"), (opened.StatusCode, openedBody.GetProperty("state").GetString()));
        Assert.Equal(taskId, open[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, monitorRead.StatusCode);
        Assert.Equal((HttpStatusCode.OK, 5), (monitorForm.StatusCode, form.GetProperty("definition").GetProperty("questions")[1].GetProperty("maxPhotos").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, civicTask.StatusCode);
        Assert.Equal(1, civicTasks.GetArrayLength());
        Assert.Equal((HttpStatusCode.NotFound, "task.not_found"), (trafficTask.StatusCode, trafficTaskProblem.Code()));
        Assert.Equal(HttpStatusCode.NotFound, trafficForms.StatusCode);
        Assert.Equal(0, trafficTasks.GetArrayLength());
        Assert.Equal((HttpStatusCode.OK, department.GetProperty("id").GetString()), (mine.StatusCode, mineBody.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("""{"questions":[]}""", "form.questions.required")]
    [InlineData("""{"questions":[{"key":"a","kind":"banana","label":"x"}]}""", "form.definition.invalid")]
    [InlineData("""{"nothing":true}""", "form.definition.invalid")]
    [InlineData("""[1,2]""", "form.definition.invalid")]
    [InlineData("""{"questions":[{"key":"a","kind":"rating","label":"x","scaleMin":3,"scaleMax":1}]}""", "form.question.scale.invalid")]
    [InlineData("""{"questions":[{"key":"a","kind":"shortText","label":"x","choices":["y","z"]}]}""", "form.question.attribute.not_allowed")]
    public async Task PublishForm_BadDefinition_400WithCodeAndNoVersion(string json, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        await staff.PostJsonAsync("/api/departments", new { name = Civic });
        var (_, task) = await staff.PostJsonAsync("/api/tasks", WithTitleAndCapacity(TaskBody(app)));
        var taskId = task.GetProperty("id").GetString();

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await staff.PostAsync(new Uri($"/api/tasks/{taskId}/forms", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var (_, versions) = await staff.GetJsonAsync($"/api/tasks/{taskId}/forms");

        Assert.Equal((HttpStatusCode.BadRequest, code), (response.StatusCode, problem.Code()));
        Assert.Equal(0, versions.GetArrayLength());
    }

    [Theory]
    [InlineData("capacity", 0, "task.capacity.out_of_range")]
    [InlineData("capacity", 2001, "task.capacity.out_of_range")]
    [InlineData("department", "없는부서", "task.department.unknown")]
    [InlineData("eligibleDistricts", "해운대구", "task.eligible_districts.unknown")]
    [InlineData("fieldworkOpensAt", "2026-03-02T10:00:00+09:00", "task.windows.fieldwork_before_recruitment_closes")]
    [InlineData("selectionMethod", "dice", "task.selection_method.invalid")]
    public async Task CreateTask_BadInput_400WithCodeAndNothingWritten(string field, object value, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        await staff.PostJsonAsync("/api/departments", new { name = Civic });
        var body = WithTitleAndCapacity(TaskBody(app));
        body[field] = field == "eligibleDistricts" ? new[] { value } : value;

        var (response, problem) = await staff.PostJsonAsync("/api/tasks", body);
        var (_, list) = await staff.GetJsonAsync("/api/tasks");

        Assert.Equal((HttpStatusCode.BadRequest, code), (response.StatusCode, problem.Code()));
        Assert.Equal(0, list.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/tasks?limit=101", "page.limit.out_of_range")]
    [InlineData("/api/tasks?offset=0", "page.offset.unsupported")]
    [InlineData("/api/tasks?after=not-a-cursor", "page.after.invalid")]
    [InlineData("/api/demands?offset=10", "page.offset.unsupported")]
    [InlineData("/api/demands?after=not-a-cursor", "page.after.invalid")]
    [InlineData("/api/tasks?state=Sleeping", "task.state.invalid")]
    [InlineData("/api/demands?state=Lost", "demand.state.invalid")]
    [InlineData("/api/demands?limit=0", "page.limit.out_of_range")]
    public async Task Lists_BadQuery_400WithCode(string url, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (response, problem) = await staff.GetJsonAsync(url);

        Assert.Equal((HttpStatusCode.BadRequest, code), (response.StatusCode, problem.Code()));
    }

    [Fact]
    public async Task UpdateDepartmentAndTask_Put_ChangesAndRefusesLockedFields()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var (_, department) = await staff.PostJsonAsync("/api/departments", new { name = Civic });
        var (_, task) = await staff.PostJsonAsync("/api/tasks", WithTitleAndCapacity(TaskBody(app)));
        var taskId = task.GetProperty("id").GetString();

        var contact = await staff.PutAsJsonAsync(new Uri($"/api/departments/{department.GetProperty("id").GetString()}", UriKind.Relative),
            new { contactEmail = "not an address" }, TestContext.Current.CancellationToken);
        var edited = await staff.PutAsJsonAsync(new Uri($"/api/tasks/{taskId}", UriKind.Relative), new { capacity = 30 }, TestContext.Current.CancellationToken);
        var cancelled = await staff.PostJsonAsync($"/api/tasks/{taskId}/cancel", new { reason = "예산 삭감" });
        var late = await staff.PutAsJsonAsync(new Uri($"/api/tasks/{taskId}", UriKind.Relative), new { capacity = 40 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, contact.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(("Cancelled", "예산 삭감"), (cancelled.Body.GetProperty("state").GetString(), cancelled.Body.GetProperty("stateReason").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    private static Dictionary<string, object?> WithTitleAndCapacity(Dictionary<string, object?> body)
    {
        body["title"] = "지하철역 엘리베이터 점검";
        body["capacity"] = 10;
        return body;
    }
}
