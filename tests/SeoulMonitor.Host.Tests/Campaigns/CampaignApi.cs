using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>Arrangement helpers for the campaign endpoint tests.</summary>
internal static class CampaignApi
{
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A valid create body; <paramref name="change"/> edits it.</summary>
    public static Dictionary<string, object?> Body(SeoulMonitorApplication app, string audience = "monitors", Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = "3월 모니터 소식",
            ["channel"] = "email",
            ["sender"] = new { address = "news@seoul.go.kr", displayName = "서울특별시" },
            ["template"] = new { subject = "{{ name }}님, 3월 소식입니다", html = "<p>{{ name }}님 ({{ district }})</p>", text = "{{ name }}님 ({{ district }})" },
            ["audience"] = audience,
            ["sendBy"] = app.Clock.GetUtcNow().AddHours(2),
            ["priority"] = "normal",
        };
        change?.Invoke(body);
        return body;
    }

    /// <summary>Creates a campaign and returns its id.</summary>
    public static async Task<Guid> CreateAsync(this HttpClient staff, Dictionary<string, object?> body)
    {
        var (response, created) = await staff.PostJsonAsync("/api/campaigns", body);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, created.ToString());
        return created.GetProperty("definition").GetProperty("id").GetGuid();
    }

    /// <summary>Waits (on the engine's signal) until every recipient of the campaign is final.</summary>
    public static Task WaitAsync(this SeoulMonitorApplication app, Guid campaignId) =>
        app.Services.GetRequiredService<MailEngine>().WaitForCampaignAsync(campaignId, Ct).WaitAsync(WaitLimit, Ct);

    /// <summary>Inserts a monitor who can be mailed (name, e-mail, district); returns the id.</summary>
    public static async Task<Guid> AddMailableMonitorAsync(this SeoulMonitorApplication app, int person, string district = "마포구", MembershipState state = MembershipState.Active)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = app.Clock.GetUtcNow();
        var membership = new Membership
        {
            Id = Guid.NewGuid(),
            ApplicationId = Guid.NewGuid(),
            State = state,
            TermEndsOn = new DateOnly(2099, 12, 31),
            JoinedAt = now,
            Name = $"김모니터{person}",
            Email = $"monitor{person}@example.com",
            Mobile = $"010{person:D8}",
            ProvinceCode = "11",
            District = district,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Add(membership);
        await db.SaveChangesAsync(Ct);
        return membership.Id;
    }

    public static string State(this JsonElement record) => record.GetProperty("state").GetString()!;
}
