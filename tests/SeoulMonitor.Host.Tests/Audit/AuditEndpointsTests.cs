using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Audit;

public sealed class AuditEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("limit=501", "audit.limit.invalid")]
    [InlineData("limit=0", "audit.limit.invalid")]
    [InlineData("after=-1", "audit.after.invalid")]
    public async Task List_OutOfRangeQuery_Returns400WithCode(string query, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();

        var response = await client.GetAsync(new Uri($"/api/audit?{query}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.True(problem.RootElement.TryGetProperty("detail_ko", out _));
    }

    [Fact]
    public async Task List_MaximumLimit_ReturnsEntriesOfTheEntity()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();
        (await client.PostAsync(new Uri("/api/access-log/reviews/2026/1/sign-off", UriKind.Relative), JsonContent.Create(new { notes = "ok" }), Ct)).EnsureSuccessStatusCode();

        var entries = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?entityType=access_review&entityId=2026-01&limit=500", UriKind.Relative), Ct);
        var none = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?entityType=membership", UriKind.Relative), Ct);

        var entry = Assert.Single(entries.EnumerateArray());
        Assert.Equal("SignOff", entry.GetProperty("event").GetString());
        Assert.Equal("staff-kim", entry.GetProperty("actorId").GetString());
        Assert.Equal(64, entry.GetProperty("hash").GetString()!.Length);
        Assert.Empty(none.EnumerateArray());
    }

    [Fact]
    public async Task Verify_AfterASignOff_ReportsAnIntactChain()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateStaffClient();
        (await client.PostAsync(new Uri("/api/access-log/reviews/2026/2/sign-off", UriKind.Relative), JsonContent.Create(new { }), Ct)).EnsureSuccessStatusCode();

        var verification = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/audit/verify", UriKind.Relative), Ct);

        Assert.True(verification.GetProperty("isIntact").GetBoolean());
        Assert.Equal(1, verification.GetProperty("entriesChecked").GetInt64());
    }
}
