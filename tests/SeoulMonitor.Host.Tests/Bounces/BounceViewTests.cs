using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Tests.Bounces;

public sealed class BounceViewTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetBounces_TwoEvents_KeysetPagedWithPurpose()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var now = app.Time.GetUtcNow();
        var campaign = await BounceHostData.SentCampaignAsync(app.Services, now, "a@example.net", "b@example.net");
        var ledger = app.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.RecordBounceAsync(new BounceEvent(campaign, 1, "r1@mta", BounceKind.Soft, "a@example.net", "5.2.2", "552 full", now), Ct);
        await ledger.RecordBounceAsync(new BounceEvent(campaign, 2, "r2@mta", BounceKind.Hard, "b@example.net", "5.1.1", "550 unknown", now), Ct);

        var (first, page) = await staff.GetJsonAsync($"/api/campaigns/{campaign:D}/bounces?purpose=반송 확인&limit=1");
        var next = page.GetProperty("next").GetInt64();
        var (_, rest) = await staff.GetJsonAsync($"/api/campaigns/{campaign:D}/bounces?purpose=반송 확인&after={next}&limit=1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(("a@example.net", "Soft", "5.2.2"), (item.GetProperty("address").GetString(), item.GetProperty("kind").GetString(), item.GetProperty("status").GetString()));
        Assert.Equal("Hard", Assert.Single(rest.GetProperty("items").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task GetBounces_BadRequests_Problems()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var campaign = await BounceHostData.SentCampaignAsync(app.Services, app.Time.GetUtcNow(), "a@example.net");

        var (noPurpose, p1) = await staff.GetJsonAsync($"/api/campaigns/{campaign:D}/bounces");
        var (tooMany, p2) = await staff.GetJsonAsync($"/api/campaigns/{campaign:D}/bounces?purpose=x&limit=1001");
        var (unknown, p3) = await staff.GetJsonAsync($"/api/campaigns/{Guid.NewGuid():D}/bounces?purpose=x");
        var (max, _) = await staff.GetJsonAsync($"/api/campaigns/{campaign:D}/bounces?purpose=x&limit=1000");

        Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (noPurpose.StatusCode, p1.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "bounce.limit_invalid"), (tooMany.StatusCode, p2.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "campaign.not_found"), (unknown.StatusCode, p3.Code()));
        Assert.Equal(HttpStatusCode.OK, max.StatusCode);
    }

    [Fact]
    public async Task GetEngineSuppressions_ByChannel_PagedWithReasonAndTime()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var ledger = app.Services.GetRequiredService<IDeliveryLedger>();
        var now = app.Time.GetUtcNow();
        await ledger.SuppressAsync(DeliveryChannel.Email, "b@example.net", "Hard bounce 5.1.1", now, Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "a@example.net", "Complaint: abuse", now, Ct);
        await ledger.SuppressAsync(DeliveryChannel.Sms, "01012345678", "sms", now, Ct);

        var (response, page) = await staff.GetJsonAsync("/api/suppressions/engine?channel=Email&limit=1&purpose=정리");
        var cursor = page.GetProperty("next").GetString();
        var (_, rest) = await staff.GetJsonAsync($"/api/suppressions/engine?channel=email&limit=1&purpose=정리&cursor={cursor}");
        var (sms, smsPage) = await staff.GetJsonAsync("/api/suppressions/engine?channel=Sms&purpose=정리");
        var (bad, problem) = await staff.GetJsonAsync("/api/suppressions/engine?channel=Fax&purpose=정리");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(("a@example.net", "Complaint: abuse"), (first.GetProperty("addressKey").GetString(), first.GetProperty("reason").GetString()));
        Assert.Equal("b@example.net", Assert.Single(rest.GetProperty("items").EnumerateArray()).GetProperty("addressKey").GetString());
        Assert.Equal(HttpStatusCode.OK, sms.StatusCode);
        Assert.Single(smsPage.GetProperty("items").EnumerateArray());
        Assert.Equal((HttpStatusCode.BadRequest, "suppression.channel.invalid"), (bad.StatusCode, problem.Code()));
    }
}
