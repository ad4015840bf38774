using System.Net;
using System.Text.Json;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Live_Anonymous_ReturnsHealthy()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ready_DatabaseAnswers_ReturnsHealthy()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_IsServedWithBearerScheme()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();

        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("SeoulMonitor API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.True(document.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task UnknownRoute_ReturnsProblemWithStableCode()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/no-such-route", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("route.not_found", problem.RootElement.GetProperty("code").GetString());
        Assert.EndsWith("/problems/route.not_found", problem.RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
    }
}
