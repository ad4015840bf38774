using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.AccessLog;

public sealed class AccessLogEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_RecordedDownload_IsListedWithItsReason()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();
        await RecordAsync(app, new AccessRequest("monitor", "*", AccessAction.Download, "정산", "3월 활동비 정산", 120));

        var report = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/access-log/reviews/2026/3", UriKind.Relative), Ct);

        Assert.Equal(1, report.GetProperty("totalAccesses").GetInt32());
        Assert.Equal("Open", report.GetProperty("status").GetString());
        var download = Assert.Single(report.GetProperty("downloads").EnumerateArray());
        Assert.Equal("3월 활동비 정산", download.GetProperty("reason").GetString());
        Assert.Equal(120, download.GetProperty("recordCount").GetInt32());
        Assert.Single(report.GetProperty("bulkAccesses").EnumerateArray());
        Assert.Equal(1, report.GetProperty("handlers")[0].GetProperty("byAction").GetProperty("Download").GetInt32());
    }

    [Theory]
    [InlineData("/api/access-log/reviews/2026/13", "access_review.month.invalid")]
    [InlineData("/api/access-log/reviews/1999/1", "access_review.year.invalid")]
    [InlineData("/api/access-log?subjectType=monitor", "access.subject.required")]
    public async Task Get_InvalidInput_Returns400WithCode(string url, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await CodeAsync(response));
    }

    [Fact]
    public async Task SignOff_Twice_SecondIs409AndReviewShowsTheFirst()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient("staff-lee");
        var url = new Uri("/api/access-log/reviews/2026/2/sign-off", UriKind.Relative);

        var first = await client.PostAsync(url, JsonContent.Create(new { notes = "특이사항 없음" }), Ct);
        var second = await client.PostAsync(url, JsonContent.Create(new { notes = "again" }), Ct);
        var report = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/access-log/reviews/2026/2", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("access_review.invalid_transition", await CodeAsync(second));
        Assert.Equal("SignedOff", report.GetProperty("status").GetString());
        Assert.Equal("staff-lee", report.GetProperty("signOff").GetProperty("reviewerId").GetString());
        Assert.Equal("특이사항 없음", report.GetProperty("signOff").GetProperty("notes").GetString());
    }

    [Fact]
    public async Task SignOff_CurrentMonth_Returns422NotEnded()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();

        var response = await client.PostAsync(new Uri("/api/access-log/reviews/2026/3/sign-off", UriKind.Relative), JsonContent.Create(new { }), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("access_review.month_not_ended", await CodeAsync(response));
    }

    [Fact]
    public async Task ForSubject_TwoSubjects_ListsOnlyTheAskedOnesAccesses()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();
        await RecordAsync(app, new AccessRequest("monitor", "m-1", AccessAction.View, "민원 확인"));
        await RecordAsync(app, new AccessRequest("monitor", "m-2", AccessAction.View, "민원 확인"));

        var accesses = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/access-log?subjectType=monitor&subjectId=m-1", UriKind.Relative), Ct);

        var access = Assert.Single(accesses.EnumerateArray());
        Assert.Equal("m-1", access.GetProperty("subjectId").GetString());
        Assert.Equal("View", access.GetProperty("action").GetString());
    }

    private static async Task RecordAsync(SeoulMonitorApplication app, AccessRequest request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PersonalDataAccessLog>().RecordAsync(Actor.Staff("staff-kim"), request, Ct);
        Assert.True(result.IsSuccess);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return problem.RootElement.GetProperty("code").GetString();
    }
}
