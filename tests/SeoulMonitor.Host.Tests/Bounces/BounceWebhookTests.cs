using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Host.Bounces;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Tests.Bounces;

public sealed class BounceWebhookTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SignedHardBounce_RecordedAndSuppressedInTheEngineAndCoreLists()
    {
        await using var app = new SeoulMonitorApplication();
        var host = app.WithBounces();
        using var client = host.CreateClient();
        var campaign = await BounceHostData.SentCampaignAsync(host.Services, app.Time.GetUtcNow(), "ok@example.net", "gone@example.net");
        var dsn = BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(campaign, 2), "gone@example.net");

        using var response = await client.SendAsync(BounceHostData.Webhook(dsn, app.Time.GetUtcNow().AddMinutes(-4)), Ct);
        using var replay = await client.SendAsync(BounceHostData.Webhook(dsn, app.Time.GetUtcNow()), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(("Hard", true, true), (outcome.RootElement.GetProperty("kind").GetString(), outcome.RootElement.GetProperty("recorded").GetBoolean(), outcome.RootElement.GetProperty("suppressed").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Single(await host.Services.GetRequiredService<IDeliveryLedger>().ListBouncesAsync(campaign, 0, 10, Ct));
        Assert.True(host.Services.GetRequiredService<SuppressionList>().Contains(DeliveryChannel.Email, "gone@example.net"));
        var core = await CoreSuppressionsAsync(host.Services);
        var entry = Assert.Single(core);
        Assert.Equal(("gone@example.net", SuppressionReason.HardBounce), (entry.Address, entry.Reason));
    }

    [Fact]
    public async Task Post_BadCalls_RefusedWithStableCodesAndNothingWritten()
    {
        await using var app = new SeoulMonitorApplication();
        var host = app.WithBounces();
        using var client = host.CreateClient();
        var now = app.Time.GetUtcNow();
        var campaign = await BounceHostData.SentCampaignAsync(host.Services, now, "gone@example.net");
        var good = BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(campaign, 1), "gone@example.net");
        var malformed = BounceHostData.Dsn("bounces+not-a-token@" + BounceHostData.Domain, "gone@example.net");
        var otherKey = new Mailing.Bounces.ReturnPathTokens(new byte[32], "bounces", BounceHostData.Domain).CreateAddress(campaign, 1);
        var cases = new (HttpRequestMessage Request, HttpStatusCode Status, string Code)[]
        {
            (Unsigned(good), HttpStatusCode.Unauthorized, "bounce.signature.invalid"),
            (BounceHostData.Webhook(good, now, signature: "sha256=" + new string('0', 64)), HttpStatusCode.Unauthorized, "bounce.signature.invalid"),
            (BounceHostData.Webhook(good, now, key: new byte[32]), HttpStatusCode.Unauthorized, "bounce.signature.invalid"),
            (BounceHostData.Webhook(good, now.AddMinutes(-5).AddSeconds(-1)), HttpStatusCode.Unauthorized, "bounce.signature.invalid"),
            (BounceHostData.Webhook(good, now.AddMinutes(5).AddSeconds(1)), HttpStatusCode.Unauthorized, "bounce.signature.invalid"),
            (BounceHostData.Webhook(good, now, mediaType: "application/json"), HttpStatusCode.UnsupportedMediaType, "bounce.media_type.unsupported"),
            (BounceHostData.Webhook(new byte[(1024 * 1024) + 1], now), HttpStatusCode.RequestEntityTooLarge, "bounce.message.too_large"),
            (BounceHostData.Webhook(Encoding.ASCII.GetBytes("Subject: hello\r\n\r\nNot a report.\r\n"), now), HttpStatusCode.BadRequest, "bounce.report.missing"),
            (BounceHostData.Webhook(BounceHostData.Dsn("bounces@" + BounceHostData.Domain, "gone@example.net"), now), HttpStatusCode.UnprocessableEntity, "bounce.token.missing"),
            (BounceHostData.Webhook(malformed, now), HttpStatusCode.UnprocessableEntity, "bounce.token.malformed"),
            (BounceHostData.Webhook(BounceHostData.Dsn(otherKey, "gone@example.net"), now), HttpStatusCode.UnprocessableEntity, "bounce.token.forged"),
        };

        foreach (var (request, status, code) in cases)
        {
            using (request)
            using (var response = await client.SendAsync(request, Ct))
            {
                var body = await response.Content.ReadAsStringAsync(Ct);
                Assert.True(response.StatusCode == status, $"{code}: {(int)response.StatusCode} {body}");
                Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
            }
        }

        Assert.Empty(await host.Services.GetRequiredService<IDeliveryLedger>().ListBouncesAsync(campaign, 0, 10, Ct));
        Assert.Empty(await host.Services.GetRequiredService<IDeliveryLedger>().LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        Assert.Empty(await CoreSuppressionsAsync(host.Services));
    }

    [Fact]
    public async Task Post_WebhookKeyNotConfigured_Unauthorized()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();

        using var response = await client.SendAsync(BounceHostData.Webhook(BounceHostData.Dsn("bounces+x@b.example", "a@example.net"), app.Time.GetUtcNow()), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static HttpRequestMessage Unsigned(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/bounces", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("message/rfc822");
        return request;
    }

    private static async Task<IReadOnlyList<SuppressionView>> CoreSuppressionsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<SuppressionService>().ListAsync(DeliveryChannel.Email, null, null, null, Ct);
        Assert.True(page.IsSuccess);
        return page.Value.Items;
    }
}
