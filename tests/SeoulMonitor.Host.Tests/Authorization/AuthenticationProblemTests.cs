using System.Net;
using System.Text.Json;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Refusals by the authentication and authorization middleware are problem details with stable codes.</summary>
public sealed class AuthenticationProblemTests
{
    [Fact]
    public async Task StaffEndpoint_NoToken_Returns401ProblemWithUnauthenticatedCode()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();

        var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("auth.unauthenticated", await CodeAsync(response));
    }

    [Fact]
    public async Task StaffEndpoint_MonitorToken_Returns403ProblemWithForbiddenCode()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateMonitorClient(Guid.NewGuid());

        var response = await client.GetAsync(new Uri("/api/audit/verify", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("auth.forbidden", await CodeAsync(response));
    }

    [Fact]
    public async Task StaffEndpoint_TokenSignedWithAnotherKey_Returns401()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic3RhZmYifQ.c2lnbmF0dXJl");

        var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.unauthenticated", await CodeAsync(response));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return problem.RootElement.GetProperty("code").GetString();
    }
}
