using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Host.Tests.Campaigns;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Host.Tests.Bounces;

/// <summary>
/// Rotating the bounce webhook key, the VERP key and the SMS webhook secret: while the old one is listed as previous,
/// what it signed is accepted; once it is removed, refused.
/// </summary>
public sealed class SigningKeyRotationTests
{
    private const string OldSecret = "old-sms-webhook-secret-of-32-chars-or-more";
    private const string NewSecret = "new-sms-webhook-secret-of-32-chars-or-more";
    private static readonly byte[] NewWebhookKey = [.. Enumerable.Range(150, 32).Select(i => (byte)i)];
    private static readonly byte[] NewVerpKey = [.. Enumerable.Range(190, 32).Select(i => (byte)i)];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BounceWebhook_OldKeysListedAsPrevious_SignatureAndTokenAccepted()
    {
        await using var app = new SeoulMonitorApplication(settings: Settings(keepPrevious: true));
        using var client = app.CreateAnonymousClient();
        var campaign = await BounceHostData.SentCampaignAsync(app.Services, app.Clock.GetUtcNow(), "gone@example.net");
        var dsn = BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(campaign, 1), "gone@example.net");

        using var response = await client.SendAsync(BounceHostData.Webhook(dsn, app.Clock.GetUtcNow()), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await app.Services.GetRequiredService<IDeliveryLedger>().ListBouncesAsync(campaign, 0, 10, Ct));
    }

    [Fact]
    public async Task BounceWebhook_OldKeysRemoved_OldSignatureUnauthorizedAndOldTokenForged()
    {
        await using var app = new SeoulMonitorApplication(settings: Settings(keepPrevious: false));
        using var client = app.CreateAnonymousClient();
        var campaign = await BounceHostData.SentCampaignAsync(app.Services, app.Clock.GetUtcNow(), "gone@example.net");
        var oldToken = BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(campaign, 1), "gone@example.net");
        var newToken = BounceHostData.Dsn(new ReturnPathTokens(NewVerpKey, "bounces", BounceHostData.Domain).CreateAddress(campaign, 1), "gone@example.net");

        using var oldSignature = await client.SendAsync(BounceHostData.Webhook(newToken, app.Clock.GetUtcNow()), Ct);
        using var forged = await client.SendAsync(BounceHostData.Webhook(oldToken, app.Clock.GetUtcNow(), key: NewWebhookKey), Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, "bounce.signature.invalid"), (oldSignature.StatusCode, await CodeAsync(oldSignature)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "bounce.token.forged"), (forged.StatusCode, await CodeAsync(forged)));
        Assert.Empty(await app.Services.GetRequiredService<IDeliveryLedger>().ListBouncesAsync(campaign, 0, 10, Ct));
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK, null)]
    [InlineData(false, HttpStatusCode.Unauthorized, "sms.webhook.signature_invalid")]
    public async Task SmsWebhook_ReportSignedWithTheOldSecret_AcceptedOnlyWhileListed(bool keepPrevious, HttpStatusCode status, string? code)
    {
        await using var app = new SeoulMonitorApplication(settings: Settings(keepPrevious));
        using var client = app.CreateAnonymousClient();
        await DeliveryBadInputWorld.SmsCampaignRowAsync(app.Services, app.Clock.GetUtcNow(), DeliveryBadInputWorld.Number);
        var body = Encoding.UTF8.GetBytes("{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}");
        var stamp = SmsWebhookSignature.Timestamp(app.Clock.GetUtcNow());

        using var old = await PostSmsAsync(client, body, stamp, SmsWebhookSignature.Compute(OldSecret, stamp, body));

        Assert.Equal((status, code), (old.StatusCode, await CodeAsync(old)));
        var expected = keepPrevious ? SmsCarrierStatus.Delivered : SmsCarrierStatus.Accepted;
        Assert.Equal(expected, (await app.Services.GetRequiredService<IDeliveryLedger>().GetSmsMessageAsync("gw-1", Ct))!.Status);
    }

    [Fact]
    public async Task SmsWebhook_ReportSignedWithTheNewSecret_Accepted()
    {
        await using var app = new SeoulMonitorApplication(settings: Settings(keepPrevious: true));
        using var client = app.CreateAnonymousClient();
        await DeliveryBadInputWorld.SmsCampaignRowAsync(app.Services, app.Clock.GetUtcNow(), DeliveryBadInputWorld.Number);
        var body = Encoding.UTF8.GetBytes("{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}");
        var stamp = SmsWebhookSignature.Timestamp(app.Clock.GetUtcNow());

        using var response = await PostSmsAsync(client, body, stamp, SmsWebhookSignature.Compute(NewSecret, stamp, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The new keys current; the old ones (BounceHostData's and <see cref="OldSecret"/>) previous or gone.</summary>
    private static Dictionary<string, string> Settings(bool keepPrevious)
    {
        var settings = new Dictionary<string, string>
        {
            ["Mailing:Bounces:Domain"] = BounceHostData.Domain,
            ["Mailing:Bounces:SigningKey"] = Convert.ToBase64String(NewVerpKey),
            ["BounceWebhook:SigningKey"] = Convert.ToBase64String(NewWebhookKey),
            ["Mailing:Sms:Gateway:WebhookSecret"] = NewSecret,
        };
        if (keepPrevious)
        {
            settings["Mailing:Bounces:PreviousSigningKeys:0"] = Convert.ToBase64String(BounceHostData.VerpKey);
            settings["BounceWebhook:PreviousSigningKeys:0"] = Convert.ToBase64String(BounceHostData.WebhookKey);
            settings["Mailing:Sms:Gateway:PreviousWebhookSecrets:0"] = OldSecret;
        }

        return settings;
    }

    private static async Task<HttpResponseMessage> PostSmsAsync(HttpClient client, byte[] body, string stamp, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/sms/delivery") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(SmsWebhookSignature.TimestampHeader, stamp);
        request.Headers.Add(SmsWebhookSignature.SignatureHeader, signature);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
