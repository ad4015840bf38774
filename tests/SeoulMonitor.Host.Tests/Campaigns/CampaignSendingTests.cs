using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Campaigns.CampaignApi;

namespace SeoulMonitor.Host.Tests.Campaigns;

public sealed class CampaignSendingTests
{
    [Fact]
    public async Task Launch_ActiveMonitors_CompletesWithOneEmlPerActiveMonitor()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true);
        using var staff = app.CreateStaffClient();
        for (var person = 1; person <= 3; person++)
        {
            await app.AddMailableMonitorAsync(person);
        }

        await app.AddMailableMonitorAsync(4, state: MembershipState.Withdrawn);
        var id = await staff.CreateAsync(Body(app));

        var (launched, record) = await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");
        await app.WaitAsync(id);

        Assert.Equal((HttpStatusCode.OK, "Running"), (launched.StatusCode, record.State()));
        var (_, progress) = await staff.GetJsonAsync($"/api/campaigns/{id:D}/progress");
        Assert.Equal("Completed", progress.State());
        Assert.Equal(3, progress.GetProperty("counts").GetProperty("sent").GetInt64());
        var files = Directory.GetFiles(app.PickupDirectory, "*.eml");
        Assert.Equal(3, files.Length);
        Assert.All(files, f => Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lifecycle_EventsNotAllowedInState_409WithCodes()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true);
        using var staff = app.CreateStaffClient();
        await app.AddMailableMonitorAsync(1);
        var draft = await staff.CreateAsync(Body(app));
        var timed = await staff.CreateAsync(Body(app, change: b => b["sendAt"] = app.Clock.GetUtcNow().AddHours(1)));

        foreach (var (action, code) in new[] { ("pause", "campaign.invalid_transition"), ("resume", "campaign.invalid_transition"), ("cancel", "campaign.invalid_transition"), ("schedule", "campaign.send_at.missing") })
        {
            var (response, problem) = await staff.PostJsonAsync($"/api/campaigns/{draft:D}/{action}");
            Assert.True(response.StatusCode == HttpStatusCode.Conflict && problem.Code() == code, $"{action}: {(int)response.StatusCode} {problem.Code()}");
        }

        Assert.Equal("Scheduled", (await staff.PostJsonAsync($"/api/campaigns/{timed:D}/schedule")).Body.State());
        Assert.Equal("Cancelled", (await staff.PostJsonAsync($"/api/campaigns/{timed:D}/cancel")).Body.State());
        var (relaunch, conflict) = await staff.PostJsonAsync($"/api/campaigns/{timed:D}/launch");
        Assert.Equal((HttpStatusCode.Conflict, "campaign.invalid_transition"), (relaunch.StatusCode, conflict.Code()));
        var (unknown, notFound) = await staff.PostJsonAsync($"/api/campaigns/{Guid.NewGuid():D}/launch");
        Assert.Equal((HttpStatusCode.NotFound, "campaign.not_found"), (unknown.StatusCode, notFound.Code()));
    }

    [Fact]
    public async Task Preview_WithPurpose_RendersForTheMonitorAndIsAccessLogged()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true);
        using var staff = app.CreateStaffClient();
        var monitor = await app.AddMailableMonitorAsync(7);
        var id = await staff.CreateAsync(Body(app));

        var (refused, problem) = await staff.PostJsonAsync($"/api/campaigns/{id:D}/preview", new { recipientId = monitor });
        Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (refused.StatusCode, problem.Code()));
        Assert.Empty(await AccessesAsync(app, monitor));

        var (response, preview) = await staff.PostJsonAsync($"/api/campaigns/{id:D}/preview?purpose=발송 전 검토", new { recipientId = monitor });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("김모니터7님, 3월 소식입니다", preview.GetProperty("subject").GetString());
        Assert.Contains("마포구", preview.GetProperty("html").GetString(), StringComparison.Ordinal);
        var access = Assert.Single(await AccessesAsync(app, monitor));
        Assert.Equal((AccessAction.View, "발송 전 검토"), (access.Action, access.Purpose));
        var (first, firstPreview) = await staff.PostJsonAsync($"/api/campaigns/{id:D}/preview?purpose=검토", new { });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("monitor7@example.com", firstPreview.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgressStream_LaunchedCampaign_EventStreamEndsOnCompletion()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true);
        using var staff = app.CreateStaffClient();
        await app.AddMailableMonitorAsync(1);
        await app.AddMailableMonitorAsync(2);
        var id = await staff.CreateAsync(Body(app));
        await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");

        using var response = await staff.GetAsync(new Uri($"/api/campaigns/{id:D}/progress/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct).WaitAsync(WaitLimit, Ct);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event: progress", text, StringComparison.Ordinal);
        var last = text.Split('\n').Last(l => l.StartsWith("data: ", StringComparison.Ordinal));
        Assert.Contains("\"state\":\"Completed\"", last, StringComparison.Ordinal);
        var (missing, notFound) = await staff.GetJsonAsync($"/api/campaigns/{Guid.NewGuid():D}/progress/stream");
        Assert.Equal((HttpStatusCode.NotFound, "campaign.not_found"), (missing.StatusCode, notFound.Code()));
    }

    private static async Task<IReadOnlyList<PersonalDataAccess>> AccessesAsync(SeoulMonitorApplication app, Guid monitor)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PersonalDataAccessLog>().ForSubjectAsync("monitor", monitor.ToString("D"), Ct);
    }
}
