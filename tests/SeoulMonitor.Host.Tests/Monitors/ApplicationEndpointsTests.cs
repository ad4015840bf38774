using System.Net;
using System.Net.Http.Json;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Monitors.MonitorApi;

namespace SeoulMonitor.Host.Tests.Monitors;

public sealed class ApplicationEndpointsTests
{
    [Fact]
    public async Task Submit_Anonymous_Returns201WithTokenAndConsentEvidence()
    {
        await using var app = new SeoulMonitorApplication();
        var notice = await PublishNoticeAsync(app);
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("CitizenBrowser/1.0");

        var response = await client.PostAsJsonAsync(Url("/api/applications"), Form(notice.Id), Json, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = (await response.Content.ReadFromJsonAsync<ApplicationReceipt>(Json, Ct))!;
        Assert.Equal($"/api/applications/{receipt.Application.Id:D}/applicant", response.Headers.Location?.OriginalString);
        Assert.False(string.IsNullOrEmpty(receipt.AccessToken));
        var stored = Assert.Single(await AllAsync<MonitorApplication>(app));
        Assert.Equal(("CitizenBrowser/1.0", notice.Id, "01030014001"), (stored.ConsentUserAgent, stored.ConsentNoticeId, stored.Mobile));
    }

    public static TheoryData<string, string, string> BadForms() => new()
    {
        { "birthDate", "2005-02-29", "application.birth_date.invalid" },
        { "birthDate", "2030-01-01", "application.birth_date.future" },
        { "birthDate", "2012-01-01", "eligibility.age" },
        { "district", "아틀란티스구", "application.district.unknown" },
        { "province", "Busan", "application.province.unknown" },
        { "mobile", "010-12-34", "application.mobile.invalid" },
        { "email", "citizen@@example.com", "application.email.invalid" },
        { "name", new string('가', 51), "application.name.too_long" },
        { "consentNoticeId", "00000000-0000-0000-0000-000000000000", "application.consent_notice.unknown" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task Submit_BadInput_ReturnsProblemWithCodeAndWritesNothing(string field, string value, string code)
    {
        await using var app = new SeoulMonitorApplication();
        var notice = await PublishNoticeAsync(app);
        using var client = app.CreateAnonymousClient();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Form(notice.Id), Json)!.AsObject();
        body[field] = value;

        var response = await client.PostAsJsonAsync(Url("/api/applications"), body, Json, Ct);

        var status = code.StartsWith("eligibility", StringComparison.Ordinal) ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.BadRequest;
        Assert.Equal(code, await ProblemCodeAsync(response, status));
        Assert.Equal(0, await CountAsync<MonitorApplication>(app));
        Assert.Equal(1, await CountAsync<AuditEntry>(app));
    }

    [Fact]
    public async Task Submit_WrongJsonType_Returns400WithRequestCode()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();
        using var content = new StringContent("{\"name\":\"김시민\",\"consentGiven\":\"yes\"}", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync(Url("/api/applications"), content, Ct);

        // The framework's binding failure; the platform maps it to one of its stable request codes.
        Assert.Contains(await ProblemCodeAsync(response, HttpStatusCode.BadRequest), new[] { "request.malformed", "request.invalid" });
        Assert.Equal(0, await CountAsync<MonitorApplication>(app));
    }

    [Fact]
    public async Task Submit_SamePersonTwice_Returns409Duplicate()
    {
        await using var app = new SeoulMonitorApplication();
        var notice = await PublishNoticeAsync(app);
        await SubmitAsync(app, Form(notice.Id));
        using var client = app.CreateAnonymousClient();

        var response = await client.PostAsJsonAsync(Url("/api/applications"), Form(notice.Id) with { Email = "other@example.com" }, Json, Ct);

        Assert.Equal("application.duplicate", await ProblemCodeAsync(response, HttpStatusCode.Conflict));
        Assert.Equal(1, await CountAsync<MonitorApplication>(app));
    }

    [Fact]
    public async Task Applicant_TokenInHeader_ReadsResubmitsAndWithdrawsOwnApplication()
    {
        await using var app = new SeoulMonitorApplication();
        var notice = await PublishNoticeAsync(app);
        var receipt = await SubmitAsync(app, Form(notice.Id));
        var id = receipt.Application.Id;
        using var staff = app.CreateStaffClient();
        using var applicant = app.CreateAnonymousClient();
        applicant.DefaultRequestHeaders.Add(ApplicationEndpoints.TokenHeader, receipt.AccessToken);
        using var stranger = app.CreateAnonymousClient();
        stranger.DefaultRequestHeaders.Add(ApplicationEndpoints.TokenHeader, "not-the-token");

        var returned = await staff.PostAsJsonAsync(Url($"/api/applications/{id}/return"), new ReasonRequest("주소를 확인해 주세요"), Json, Ct);
        var own = await applicant.GetFromJsonAsync<ApplicationView>(Url($"/api/applications/{id}/applicant"), Json, Ct);
        var strangerRead = await stranger.GetAsync(Url($"/api/applications/{id}/applicant"), Ct);
        var resubmitted = await applicant.PostAsJsonAsync(Url($"/api/applications/{id}/applicant/resubmit"), Form(notice.Id) with { District = "Mapo-gu" }, Json, Ct);
        var withdrawn = await applicant.PostAsync(Url($"/api/applications/{id}/applicant/withdraw"), null, Ct);
        var again = await applicant.PostAsync(Url($"/api/applications/{id}/applicant/withdraw"), null, Ct);

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal((ApplicationState.ReturnedForInfo, "주소를 확인해 주세요"), (own!.State, own.StateReason));
        Assert.Equal("application.not_found", await ProblemCodeAsync(strangerRead, HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal(ApplicationState.Withdrawn, (await withdrawn.Content.ReadFromJsonAsync<ApplicationView>(Json, Ct))!.State);
        Assert.Equal("application.invalid_transition", await ProblemCodeAsync(again, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task StaffRead_WithoutPurpose_Returns400AndRecordsNoAccess()
    {
        await using var app = new SeoulMonitorApplication();
        var receipt = await SubmitAsync(app, Form((await PublishNoticeAsync(app)).Id));
        using var staff = app.CreateStaffClient();

        var one = await staff.GetAsync(Url($"/api/applications/{receipt.Application.Id}"), Ct);
        var list = await staff.GetAsync(Url("/api/applications"), Ct);

        Assert.Equal("access.purpose_required", await ProblemCodeAsync(one, HttpStatusCode.BadRequest));
        Assert.Equal("access.purpose_required", await ProblemCodeAsync(list, HttpStatusCode.BadRequest));
        Assert.Equal(0, await CountAsync<PersonalDataAccess>(app));
    }

    [Fact]
    public async Task StaffRead_WithPurpose_RecordsWhoWhenWhichAndWhy()
    {
        await using var app = new SeoulMonitorApplication();
        var receipt = await SubmitAsync(app, Form((await PublishNoticeAsync(app)).Id));
        using var staff = app.CreateStaffClient("staff-lee");

        var one = await staff.GetFromJsonAsync<ApplicationView>(Url($"/api/applications/{receipt.Application.Id}?purpose=심사"), Json, Ct);
        var list = await staff.GetFromJsonAsync<List<ApplicationView>>(Url("/api/applications?purpose=심사 대기 확인&state=Submitted"), Json, Ct);

        Assert.Equal(receipt.Application.Id, one!.Id);
        Assert.Single(list!);
        var accesses = (await AllAsync<PersonalDataAccess>(app)).OrderBy(a => a.Action).ToList();
        Assert.Equal(
            [(AccessAction.View, "application", receipt.Application.Id.ToString("D"), "심사", 1), (AccessAction.List, "application", "*", "심사 대기 확인", 1)],
            accesses.Select(a => (a.Action, a.SubjectType, a.SubjectId, a.Purpose, a.RecordCount)));
        Assert.All(accesses, a => Assert.Equal(("staff-lee", app.Time.GetUtcNow()), (a.ActorId, a.At)));
    }

    [Fact]
    public async Task StaffList_UnknownState_Returns400StateUnknown()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var response = await staff.GetAsync(Url("/api/applications?purpose=check&state=Pending"), Ct);

        Assert.Equal("application.state.unknown", await ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(0, await CountAsync<PersonalDataAccess>(app));
    }

    [Fact]
    public async Task Approve_Staff_ReturnsOutcomeWithoutPersonalData()
    {
        await using var app = new SeoulMonitorApplication();
        var notice = await MonitorApi.PublishNoticeAsync(app);
        var receipt = await MonitorApi.SubmitAsync(app, MonitorApi.Form(notice.Id, 7));
        using var staff = app.CreateStaffClient();

        var response = await staff.PostAsync(MonitorApi.Url($"/api/applications/{receipt.Application.Id}/approve"), null, MonitorApi.Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(MonitorApi.Ct);
        using var outcome = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal("Approved", outcome.RootElement.GetProperty("state").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, outcome.RootElement.GetProperty("membershipId").ValueKind);
        Assert.DoesNotContain(receipt.Application.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt.Application.Email, body, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt.Application.Mobile, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_WithoutReason_Returns400AndStaysSubmitted()
    {
        await using var app = new SeoulMonitorApplication();
        var receipt = await SubmitAsync(app, Form((await PublishNoticeAsync(app)).Id));
        using var staff = app.CreateStaffClient();

        var response = await staff.PostAsJsonAsync(Url($"/api/applications/{receipt.Application.Id}/reject"), new ReasonRequest(null), Json, Ct);

        Assert.Equal("application.reason.required", await ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(ApplicationState.Submitted, Assert.Single(await AllAsync<MonitorApplication>(app)).State);
    }
}
