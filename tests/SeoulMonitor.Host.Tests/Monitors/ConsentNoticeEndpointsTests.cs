using System.Net;
using System.Net.Http.Json;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Monitors.MonitorApi;

namespace SeoulMonitor.Host.Tests.Monitors;

public sealed class ConsentNoticeEndpointsTests
{
    [Fact]
    public async Task Current_NonePublished_Returns404ConsentNoticeNone()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();

        var response = await client.GetAsync(Url("/api/consent-notices/current"), Ct);

        Assert.Equal("consent_notice.none", await ProblemCodeAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Current_AfterPublish_AnonymousSeesExactTextAndHash()
    {
        await using var app = new SeoulMonitorApplication();
        var published = await PublishNoticeAsync(app);
        using var client = app.CreateAnonymousClient();

        var current = await client.GetFromJsonAsync<ConsentNoticeView>(Url("/api/consent-notices/current"), Json, Ct);

        Assert.Equal((published.Id, published.TextSha256), (current!.Id, current.TextSha256));
        Assert.Equal(ConsentNoticeText.Hash(current.Text), current.TextSha256);
        Assert.Contains("동의하지 않으면", current.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_MissingPurpose_Returns400AndWritesNothing()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var response = await staff.PostAsJsonAsync(Url("/api/consent-notices"), Draft("v1") with { Purpose = null }, Json, Ct);

        Assert.Equal("consent_notice.purpose.required", await ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(0, await CountAsync<ConsentNotice>(app));
    }

    [Fact]
    public async Task Publish_Anonymous_Returns401()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();

        var response = await client.PostAsJsonAsync(Url("/api/consent-notices"), Draft("v1"), Json, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync<ConsentNotice>(app));
    }
}
