using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Host.Tests.Infrastructure;

/// <summary>Arrangement and assertion helpers for feature tests against the real host.</summary>
public static class TestMonitors
{
    /// <summary>
    /// Inserts a monitor (a <see cref="Membership"/> row) directly: the one place host tests create monitors.
    /// </summary>
    public static async Task<Guid> AddMonitorAsync(this SeoulMonitorApplication app, MembershipState state = MembershipState.Active)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = app.Time.GetUtcNow();
        var membership = new Membership
        {
            Id = Guid.NewGuid(),
            ApplicationId = Guid.NewGuid(),
            State = state,
            TermEndsOn = DateOnly.FromDateTime(now.UtcDateTime).AddYears(1),
            JoinedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Add(membership);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return membership.Id;
    }

    /// <summary>POSTs JSON and parses the response body.</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostJsonAsync(this HttpClient client, string url, object? body = null)
    {
        var response = await client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body ?? new { }, TestContext.Current.CancellationToken);
        return (response, await BodyAsync(response));
    }

    /// <summary>GETs and parses the response body.</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response, await BodyAsync(response));
    }

    /// <summary>The problem's stable code.</summary>
    public static string? Code(this JsonElement problem) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("code", out var code) ? code.GetString() : null;

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
