using System.Net;
using System.Net.Http.Json;
using System.Text;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Monitors.MonitorApi;

namespace SeoulMonitor.Host.Tests.Monitors;

public sealed class MembershipEndpointsTests
{
    [Fact]
    public async Task Export_WithPurposeAndReason_ReturnsUtf8BomCsvWithKoreanAndRecordsDownload()
    {
        await using var app = new SeoulMonitorApplication();
        var notice = await PublishNoticeAsync(app);
        await MemberAsync(app, notice.Id, 1);
        await MemberAsync(app, notice.Id, 2);
        using var staff = app.CreateStaffClient();

        var response = await staff.GetAsync(Url("/api/memberships/export?purpose=연간 활동 통계&reason=시민봉사담당관 보고용 명단"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Contains("박시민1", text, StringComparison.Ordinal);
        Assert.Contains("마포구", text, StringComparison.Ordinal);
        var access = Assert.Single(await AllAsync<PersonalDataAccess>(app));
        Assert.Equal((AccessAction.Download, "시민봉사담당관 보고용 명단", 2), (access.Action, access.Reason, access.RecordCount));
    }

    [Theory]
    [InlineData("/api/memberships/export?purpose=통계", "access.download_reason_required")]
    [InlineData("/api/memberships/export?reason=보고용 명단 작성", "access.purpose_required")]
    public async Task Export_MissingPurposeOrReason_Returns400AndRecordsNothing(string url, string code)
    {
        await using var app = new SeoulMonitorApplication();
        await MemberAsync(app, (await PublishNoticeAsync(app)).Id);
        using var staff = app.CreateStaffClient();

        var response = await staff.GetAsync(Url(url), Ct);

        Assert.Equal(code, await ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(0, await CountAsync<PersonalDataAccess>(app));
    }

    [Fact]
    public async Task StaffLifecycle_SuspendReinstateRemove_ReturnsStatesAndRefusesMissingReason()
    {
        await using var app = new SeoulMonitorApplication();
        var id = await MemberAsync(app, (await PublishNoticeAsync(app)).Id);
        using var staff = app.CreateStaffClient();

        var noReason = await staff.PostAsJsonAsync(Url($"/api/memberships/{id}/suspend"), new ReasonRequest(" "), Json, Ct);
        var suspended = await staff.PostAsJsonAsync(Url($"/api/memberships/{id}/suspend"), new ReasonRequest("활동 보고서 미제출"), Json, Ct);
        var reinstated = await staff.PostAsync(Url($"/api/memberships/{id}/reinstate"), null, Ct);
        var removed = await staff.PostAsJsonAsync(Url($"/api/memberships/{id}/remove"), new ReasonRequest("규정 위반"), Json, Ct);
        var renew = await staff.PostAsync(Url($"/api/memberships/{id}/renew"), null, Ct);
        var unknown = await staff.PostAsync(Url($"/api/memberships/{Guid.NewGuid()}/reinstate"), null, Ct);

        Assert.Equal("membership.reason.required", await ProblemCodeAsync(noReason, HttpStatusCode.BadRequest));
        Assert.Equal(MembershipState.Suspended, (await suspended.Content.ReadFromJsonAsync<MembershipView>(Json, Ct))!.State);
        Assert.Equal(MembershipState.Active, (await reinstated.Content.ReadFromJsonAsync<MembershipView>(Json, Ct))!.State);
        Assert.Equal(MembershipState.Removed, (await removed.Content.ReadFromJsonAsync<MembershipView>(Json, Ct))!.State);
        Assert.Equal("membership.invalid_transition", await ProblemCodeAsync(renew, HttpStatusCode.Conflict));
        Assert.Equal("membership.not_found", await ProblemCodeAsync(unknown, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task StaffRead_WithPurpose_ReturnsDataAndRecordsView()
    {
        await using var app = new SeoulMonitorApplication();
        var id = await MemberAsync(app, (await PublishNoticeAsync(app)).Id);
        using var staff = app.CreateStaffClient();

        var without = await staff.GetAsync(Url($"/api/memberships/{id}"), Ct);
        var view = await staff.GetFromJsonAsync<MembershipView>(Url($"/api/memberships/{id}?purpose=활동 연락"), Json, Ct);
        var list = await staff.GetFromJsonAsync<List<MembershipView>>(Url("/api/memberships?purpose=명단 확인&state=active"), Json, Ct);
        var badState = await staff.GetAsync(Url("/api/memberships?purpose=명단 확인&state=Paused"), Ct);

        Assert.Equal("access.purpose_required", await ProblemCodeAsync(without, HttpStatusCode.BadRequest));
        Assert.Equal(("박시민1", "01030014001"), (view!.Name, view.Mobile));
        Assert.Single(list!);
        Assert.Equal("membership.state.unknown", await ProblemCodeAsync(badState, HttpStatusCode.BadRequest));
        Assert.Equal([AccessAction.View, AccessAction.List], (await AllAsync<PersonalDataAccess>(app)).Select(a => a.Action).Order());
    }

    [Fact]
    public async Task StaffUpdateContact_RecordedAsUpdateAccess()
    {
        await using var app = new SeoulMonitorApplication();
        var id = await MemberAsync(app, (await PublishNoticeAsync(app)).Id);
        using var staff = app.CreateStaffClient();

        var response = await staff.PatchAsJsonAsync(Url($"/api/memberships/{id}/contact?purpose=본인 요청에 따른 정정"), new ContactChange(null, "010-5555-6666", null, null), Json, Ct);

        Assert.Equal("01055556666", (await response.Content.ReadFromJsonAsync<MembershipView>(Json, Ct))!.Mobile);
        var access = Assert.Single(await AllAsync<PersonalDataAccess>(app));
        Assert.Equal((AccessAction.Update, id.ToString("D")), (access.Action, access.SubjectId));
    }

    [Fact]
    public async Task ExpireTerms_AfterYearEnd_ExpiresAndReturnsCount()
    {
        await using var app = new SeoulMonitorApplication();
        var id = await MemberAsync(app, (await PublishNoticeAsync(app)).Id);
        using var staff = app.CreateStaffClient();
        app.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var run = await staff.PostAsync(Url("/api/memberships/expire-terms"), null, Ct);

        Assert.Equal(1, (await run.Content.ReadFromJsonAsync<TermExpiryRun>(Json, Ct))!.Expired);
        Assert.Equal(MembershipState.Expired, Assert.Single(await AllAsync<Membership>(app), m => m.Id == id).State);
    }
}
