using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitors;

/// <summary>Drives the Monitors endpoints over HTTP.</summary>
internal static class MonitorApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Uri Url(string path) => new(path, UriKind.Relative);

    public static async Task<ConsentNoticeView> PublishNoticeAsync(SeoulMonitorApplication app, string version = "2026-03")
    {
        using var staff = app.CreateStaffClient();
        var response = await staff.PostAsJsonAsync(Url("/api/consent-notices"), Draft(version), Json, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ConsentNoticeView>(Json, Ct))!;
    }

    public static ConsentNoticeDraft Draft(string version) => new(
        version, "서울시민모니터 운영", "이름, 생년월일, 이메일, 휴대전화 번호, 거주 시·군·구", "회원 자격 종료 후 1년",
        "동의를 거부할 수 있습니다.", "동의하지 않으면 모니터로 활동할 수 없습니다.");

    public static ApplicationForm Form(Guid noticeId, int person = 1) => new(
        $"박시민{person}", "1988-11-02", $"citizen{person}@example.com", $"010-{3000 + person:D4}-{4000 + person:D4}",
        "서울특별시", "마포구", noticeId.ToString("D"), ConsentGiven: true);

    public static async Task<ApplicationReceipt> SubmitAsync(SeoulMonitorApplication app, ApplicationForm form)
    {
        using var client = app.CreateAnonymousClient();
        var response = await client.PostAsJsonAsync(Url("/api/applications"), form, Json, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ApplicationReceipt>(Json, Ct))!;
    }

    /// <summary>An approved monitor; returns the monitor id.</summary>
    public static async Task<Guid> MemberAsync(SeoulMonitorApplication app, Guid noticeId, int person = 1)
    {
        var receipt = await SubmitAsync(app, Form(noticeId, person));
        using var staff = app.CreateStaffClient();
        var response = await staff.PostAsync(Url($"/api/applications/{receipt.Application.Id}/approve"), null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ApplicationView>(Json, Ct))!.MembershipId!.Value;
    }

    /// <summary>The response's problem code (asserting the status first).</summary>
    public static async Task<string?> ProblemCodeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return problem.RootElement.GetProperty("code").GetString();
    }

    public static async Task<int> CountAsync<T>(SeoulMonitorApplication app)
        where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<T>().CountAsync(Ct);
    }

    public static async Task<List<T>> AllAsync<T>(SeoulMonitorApplication app)
        where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<T>().AsNoTracking().ToListAsync(Ct);
    }
}
