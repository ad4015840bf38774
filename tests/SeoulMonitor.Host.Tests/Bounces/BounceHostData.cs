using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Host.Bounces;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Tests.Bounces;

/// <summary>A host with VERP and the webhook configured, ledger rows to bounce, DSNs and signed webhook calls.</summary>
internal static class BounceHostData
{
    public const string Domain = "bounces.seoul.go.kr";

    public static byte[] VerpKey { get; } = [.. Enumerable.Range(40, 32).Select(i => (byte)i)];

    public static byte[] WebhookKey { get; } = [.. Enumerable.Range(80, 32).Select(i => (byte)i)];

    public static ReturnPathTokens Tokens { get; } = new(VerpKey, "bounces", Domain);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The application with Mailing:Bounces and BounceWebhook configured (a derived factory, disposed with <paramref name="app"/>).</summary>
    public static WebApplicationFactory<Program> WithBounces(this SeoulMonitorApplication app) => app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Mailing:Bounces:Domain", Domain);
        builder.UseSetting("Mailing:Bounces:SigningKey", Convert.ToBase64String(VerpKey));
        builder.UseSetting("BounceWebhook:SigningKey", Convert.ToBase64String(WebhookKey));
    });

    /// <summary>A draft campaign whose rows were sent (recipient ids r1, r2, …); returns its id.</summary>
    public static async Task<Guid> SentCampaignAsync(IServiceProvider services, DateTimeOffset now, params string[] addresses)
    {
        var ledger = services.GetRequiredService<IDeliveryLedger>();
        var campaign = new CampaignDefinition
        {
            Id = Guid.NewGuid(),
            Name = "반송 시험",
            Sender = new MailSender("news@seoul.go.kr"),
            Template = new MessageTemplate("안내", "<p>안내</p>", "안내"),
            AudienceKey = "test",
            SendBy = now.AddDays(1),
        };
        await ledger.CreateCampaignAsync(campaign, now, Ct);
        await ledger.AddRecipientsAsync(campaign.Id, [.. addresses.Select((a, i) => new Recipient($"r{i + 1}", a))], now, Ct);
        var claimed = await ledger.ClaimAsync(campaign.Id, addresses.Length, "test", now, now.AddMinutes(2), false, Ct);
        await ledger.CompleteAsync([.. claimed.Select(c => new DeliveryOutcome(campaign.Id, c.Sequence, DeliveryState.Sent, true, ReplyCode: 250))], now, Ct);
        return campaign.Id;
    }

    /// <summary>A DSN for <paramref name="recipient"/> to <paramref name="returnPath"/>.</summary>
    public static byte[] Dsn(string returnPath, string recipient, string status = "5.1.1") => Encoding.UTF8.GetBytes($"""
        Return-Path: <>
        Delivered-To: {returnPath}
        From: MAILER-DAEMON@mta.example
        To: {returnPath}
        Subject: Undelivered Mail Returned to Sender
        Message-ID: <{Guid.NewGuid():N}@mta.example>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        Delivery report.

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mta.example

        Final-Recipient: rfc822; {recipient}
        Action: failed
        Status: {status}
        Diagnostic-Code: smtp; 550 {status} User unknown

        --b--

        """.ReplaceLineEndings("\r\n"));

    /// <summary>A webhook request, signed at <paramref name="signedAt"/> unless <paramref name="signature"/> is given.</summary>
    public static HttpRequestMessage Webhook(byte[] body, DateTimeOffset signedAt, string? signature = null, string mediaType = "message/rfc822", byte[]? key = null)
    {
        var timestamp = signedAt.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/bounces", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        request.Headers.Add(BounceWebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(BounceWebhookSignature.SignatureHeader, signature ?? BounceWebhookSignature.Sign(key ?? WebhookKey, timestamp, body));
        return request;
    }
}
