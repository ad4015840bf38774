using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;
using static SeoulMonitor.Host.Tests.Campaigns.CampaignApi;

namespace SeoulMonitor.Host.Tests.Campaigns;

public sealed class CampaignDeliveryTests
{
    [Fact]
    public async Task Undelivered_MonitorWithdrawnAfterSnapshot_ListedSuppressedWithReason()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true);
        using var staff = app.CreateStaffClient();
        var stays = await app.AddMailableMonitorAsync(1);
        var leaves = await app.AddMailableMonitorAsync(2);
        var id = await staff.CreateAsync(Body(app, change: b => b["sendAt"] = app.Clock.GetUtcNow().AddHours(1)));
        Assert.Equal("Scheduled", (await staff.PostJsonAsync($"/api/campaigns/{id:D}/schedule")).Body.State());
        Assert.Equal(HttpStatusCode.OK, (await staff.PostJsonAsync($"/api/memberships/{leaves:D}/withdraw", new { })).Response.StatusCode);

        await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");
        await app.WaitAsync(id);

        var (response, undelivered) = await staff.GetJsonAsync($"/api/campaigns/{id:D}/undelivered?purpose=미발송 확인&limit=1000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(undelivered.EnumerateArray());
        Assert.Equal((leaves.ToString("D"), "Suppressed"), (row.GetProperty("recipientId").GetString(), row.GetProperty("state").GetString()));
        Assert.Contains("탈퇴", row.GetProperty("reply").GetString(), StringComparison.Ordinal);
        var (_, sent) = await staff.GetJsonAsync($"/api/campaigns/{id:D}/deliveries/{stays:D}?purpose=발송 확인");
        Assert.Equal("Sent", sent.GetProperty("state").GetString());
        var (tooMany, problem) = await staff.GetJsonAsync($"/api/campaigns/{id:D}/undelivered?purpose=x&limit=1001");
        Assert.Equal((HttpStatusCode.BadRequest, "campaign.undelivered.limit_invalid"), (tooMany.StatusCode, problem.Code()));
        var (noPurpose, refused) = await staff.GetJsonAsync($"/api/campaigns/{id:D}/deliveries/{stays:D}");
        Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (noPurpose.StatusCode, refused.Code()));
    }

    [Fact]
    public async Task Unsubscribe_ValidToken_SuppressesTheAddressAndForgedTokenIs400()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true);
        using var staff = app.CreateStaffClient();
        using var anonymous = app.CreateAnonymousClient();
        var monitor = await app.AddMailableMonitorAsync(1);
        var id = await staff.CreateAsync(Body(app));
        await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");
        await app.WaitAsync(id);
        var suppressions = app.Services.GetRequiredService<SuppressionList>();

        var forged = new UnsubscribeTokens(new byte[32]).Create(id, monitor.ToString("D"));
        using var refused = await anonymous.PostAsync(new Uri($"/api/unsubscribe?t={forged}", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(suppressions.Contains(DeliveryChannel.Email, "monitor1@example.com"));

        var token = new UnsubscribeTokens(SeoulMonitorApplication.UnsubscribeKey).Create(id, monitor.ToString("D"));
        using var accepted = await anonymous.PostAsync(new Uri($"/api/unsubscribe?token={token}", UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), Ct);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Empty(await accepted.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(suppressions.Contains(DeliveryChannel.Email, "monitor1@example.com"));
        var unknown = new UnsubscribeTokens(SeoulMonitorApplication.UnsubscribeKey).Create(id, Guid.NewGuid().ToString("D"));
        using var same = await anonymous.PostAsync(new Uri($"/api/unsubscribe?t={unknown}", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
    }
}
