using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Host.Tests.Bounces;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using static SeoulMonitor.Host.Tests.Campaigns.CampaignApi;

namespace SeoulMonitor.Host.Tests.Suppressions;

public sealed class SuppressionSyncEndToEndTests
{
    private const string Address = "monitor1@example.com";

    [Fact]
    public async Task BounceThenStaffLift_BothLists_SuppressedMirroredLiftedAndTheNextCampaignReachesTheAddress()
    {
        await using var app = new SeoulMonitorApplication(systemClock: true, settings: new Dictionary<string, string>
        {
            ["Mailing:Bounces:Domain"] = BounceHostData.Domain,
            ["Mailing:Bounces:SigningKey"] = Convert.ToBase64String(BounceHostData.VerpKey),
            ["BounceWebhook:SigningKey"] = Convert.ToBase64String(BounceHostData.WebhookKey),
        });
        using var staff = app.CreateStaffClient();
        using var anonymous = app.CreateAnonymousClient();
        var ledger = app.Services.GetRequiredService<IDeliveryLedger>();
        var gate = app.Services.GetRequiredService<SuppressionList>();
        await app.AddMailableMonitorAsync(1);

        var first = await SendAsync(app, staff);
        var dsn = BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(first, 1), Address);
        using (var bounced = await anonymous.SendAsync(BounceHostData.Webhook(dsn, app.Clock.GetUtcNow()), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, bounced.StatusCode);
        }

        var (_, suppressed) = await LookupAsync(staff);
        var core = suppressed.GetProperty("core");
        Assert.Equal(("HardBounce", "Engine"), (core.GetProperty("reason").GetString(), core.GetProperty("source").GetString()));
        Assert.Equal(JsonValueKind.Object, suppressed.GetProperty("engine").ValueKind);
        Assert.True(suppressed.GetProperty("agree").GetBoolean());
        var blocked = await SendAsync(app, staff);
        Assert.Equal((0L, 1L), await CountsAsync(staff, blocked));

        var (lifted, lift) = await staff.PostJsonAsync($"/api/suppressions/{core.GetProperty("id").GetInt64()}/lift", new { reason = "메일함 복구 확인" });

        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        Assert.Equal("메일함 복구 확인", lift.GetProperty("reason").GetString());
        Assert.Null(await ledger.GetSuppressionAsync(DeliveryChannel.Email, Address, Ct));
        Assert.False(gate.Contains(DeliveryChannel.Email, Address));
        var (_, after) = await LookupAsync(staff);
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, true, false),
            (after.GetProperty("core").ValueKind, after.GetProperty("engine").ValueKind, after.GetProperty("agree").GetBoolean(), after.GetProperty("liftPending").GetBoolean()));
        Assert.Equal("Lifted", Assert.Single(after.GetProperty("lifts").EnumerateArray()).GetProperty("outcome").GetString());
        var reached = await SendAsync(app, staff);
        Assert.Equal((1L, 0L), await CountsAsync(staff, reached));
    }

    private static async Task<Guid> SendAsync(SeoulMonitorApplication app, HttpClient staff)
    {
        var id = await staff.CreateAsync(Body(app));
        var (launched, _) = await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");
        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);
        await app.WaitAsync(id);
        return id;
    }

    private static async Task<(long Sent, long Suppressed)> CountsAsync(HttpClient staff, Guid campaign)
    {
        var (_, progress) = await staff.GetJsonAsync($"/api/campaigns/{campaign:D}/progress");
        var counts = progress.GetProperty("counts");
        return (counts.GetProperty("sent").GetInt64(), counts.GetProperty("suppressed").GetInt64());
    }

    private static Task<(HttpResponseMessage Response, JsonElement Body)> LookupAsync(HttpClient staff) =>
        staff.GetJsonAsync($"/api/suppressions/lookup?channel=Email&address={Address}&purpose=수신 차단 확인");
}
