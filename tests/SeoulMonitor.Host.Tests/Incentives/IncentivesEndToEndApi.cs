using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Host.Tests.Monitoring;
using SeoulMonitor.Host.Tests.Monitors;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>
/// The HTTP steps of <see cref="IncentivesEndToEndTests"/> that belong to other features: monitors join through the
/// application endpoints, a task runs through the monitoring endpoints (demand, task, form, recruitment, fieldwork,
/// review), a community is founded and approved and its leader reports an activity that staff verify.
/// </summary>
internal sealed class IncentivesEndToEndApi(SeoulMonitorApplication app, HttpClient staff)
{
    public const string Department = "보행친화도시과";

    private static readonly object Form = new
    {
        questions = new object[] { new { key = "safety", kind = "rating", label = "보행 안전", required = true, scaleMin = 1, scaleMax = 5 } },
    };

    /// <summary>Members 박시민1..n, joined through the application endpoints.</summary>
    public async Task<List<Guid>> MembersAsync(int count)
    {
        var notice = await MonitorApi.PublishNoticeAsync(app);
        var monitors = new List<Guid>();
        for (var n = 1; n <= count; n++)
        {
            monitors.Add(await MonitorApi.MemberAsync(app, notice.Id, n));
        }

        return monitors;
    }

    /// <summary>A department's demand selected into a task of capacity <paramref name="phones"/>.Count; the phones apply and fieldwork opens.</summary>
    public async Task<JsonElement> TaskInFieldworkAsync(IReadOnlyList<HttpClient> phones)
    {
        var t0 = app.Time.GetUtcNow();
        using var department = app.CreateDepartmentClient(Department);
        Ok(await staff.PostJsonAsync("/api/departments", new { name = Department, contactEmail = "walk@seoul.go.kr" }), HttpStatusCode.Created);
        var (_, demand) = Ok(await department.PostJsonAsync("/api/demands", new
        {
            title = "보행 환경 모니터링", purpose = "보도 턱과 불법 주차로 인한 보행 불편을 점검합니다", sites = "마포구 일대", periodStart = "2026-03-12",
            periodEnd = "2026-03-31", headcount = phones.Count, requirements = "마포구 거주 모니터",
        }), HttpStatusCode.Created);
        Ok(await staff.PostJsonAsync($"/api/demands/{Str(demand, "id")}/select"));
        var (_, task) = Ok(await staff.PostJsonAsync("/api/tasks", new
        {
            demandId = Str(demand, "id"), capacity = phones.Count, selectionMethod = "FirstComeFirstServed", eligibleDistricts = new[] { "마포구" },
            recruitmentOpensAt = Iso(t0.AddDays(1)), recruitmentClosesAt = Iso(t0.AddDays(8)), fieldworkOpensAt = Iso(t0.AddDays(10)), fieldworkClosesAt = Iso(t0.AddDays(30)),
        }), HttpStatusCode.Created);
        var taskId = Str(task, "id");
        Ok(await staff.PostJsonAsync($"/api/tasks/{taskId}/forms", Form), HttpStatusCode.Created);
        Ok(await staff.PostJsonAsync($"/api/tasks/{taskId}/open-recruitment"));
        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        foreach (var phone in phones)
        {
            Assert.Equal("Selected", Str(Ok(await phone.PostJsonAsync($"/api/tasks/{taskId}/applications"), HttpStatusCode.Created).Body, "state"));
        }

        app.Time.Advance(TimeSpan.FromDays(7));
        Ok(await staff.PostJsonAsync($"/api/tasks/{taskId}/close-recruitment"));
        app.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal("FieldworkOpen", Str(Ok(await staff.PostJsonAsync($"/api/tasks/{taskId}/open-fieldwork")).Body, "state"));
        return Ok(await staff.GetJsonAsync($"/api/tasks/{taskId}")).Body;
    }

    /// <summary>Each phone submits once; staff approve every submission (the participation completes); fieldwork closes.</summary>
    public async Task SubmitApproveAndCloseAsync(string taskId, IReadOnlyList<HttpClient> phones)
    {
        foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
        {
            var submission = new
            {
                clientId = Guid.NewGuid(), formVersion = 1, answers = new { safety = 3 + (i % 3) },
                capturedAt = app.Time.GetUtcNow().AddMinutes(-20).ToOffset(TimeSpan.FromHours(9)), latitude = 37.5563, longitude = 126.9220, accuracyMeters = 6.5,
            };
            var (response, receipt) = await FeedbackLoopApi.SubmitAsync(phone, Guid.Parse(taskId), submission);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {receipt.GetRawText()}");
            Assert.Equal("Approved", Str(Ok(await staff.PostJsonAsync($"/api/submissions/{Str(receipt, "id")}/approve")).Body, "state"));
        }

        app.Time.Advance(TimeSpan.FromDays(21));
        Assert.Equal("FieldworkClosed", Str(Ok(await staff.PostJsonAsync($"/api/tasks/{taskId}/close-fieldwork")).Body, "state"));
    }

    /// <summary>A community founded by <paramref name="leader"/> and approved; its leader reports an activity that staff verify.</summary>
    public async Task<(string CommunityId, string ActivityId)> CommunityActivityAsync(HttpClient leader)
    {
        var (_, community) = Ok(await leader.PostJsonAsync("/api/communities", new { name = "마포 걷기 모임", description = "골목 보행 환경 점검", focusArea = "safety" }), HttpStatusCode.Created);
        var id = Str(community, "id");
        Ok(await staff.PostJsonAsync($"/api/communities/{id}/approve"));
        var heldOn = DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(9).UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (_, activity) = Ok(await leader.PostJsonAsync($"/api/communities/{id}/activities", new { title = "월드컵로 보도 점검 산책", heldOn, attendees = 1 }), HttpStatusCode.Created);
        Assert.Equal("Verified", Str(Ok(await staff.PostJsonAsync($"/api/community-activities/{Str(activity, "id")}/verify")).Body, "state"));
        return (id, Str(activity, "id"));
    }

    /// <summary>The payout batch's bank-transfer file (access-logged with its purpose and reason).</summary>
    public async Task<(byte[] Content, IReadOnlyList<PayoutRow> Rows)> PayoutFileAsync(string batchId)
    {
        using var response = await staff.GetAsync(new Uri($"/api/stipends/payouts/{batchId}.csv?purpose=활동비%20지급&reason=월별%20이체%20파일%20작성", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var content = await response.Content.ReadAsByteArrayAsync(Ct);
        return (content, PayoutCsv.Read(content));
    }

    /// <summary>PUT with a JSON body.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> PutJsonAsync(string url, object body)
    {
        var response = await staff.PutAsJsonAsync(new Uri(url, UriKind.Relative), body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static (HttpResponseMessage Response, JsonElement Body) Ok((HttpResponseMessage Response, JsonElement Body) call, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.True(call.Response.StatusCode == status, $"{call.Response.RequestMessage?.RequestUri}: {call.Response.StatusCode}: {call.Body.GetRawText()}");
        return call;
    }

    public static string Str(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static long Won(JsonElement element, string property) => element.GetProperty(property).GetInt64();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Iso(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
