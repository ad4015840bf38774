using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Host.Tests.Campaigns;

public sealed class SmsWebhookEndpointsTests
{
    private const string Secret = "host-test-webhook-secret-of-32-chars-or-more";
    private const string Route = "/webhooks/sms/delivery";
    private const string Number = "01012345678";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SignedHardFailure_AppliedAndNumberSuppressedThenRepeatUnchanged()
    {
        await using var app = new SeoulMonitorApplication();
        await using var factory = WithSecret(app);
        var ledger = await SeedAsync(factory);
        using var client = factory.CreateClient();
        var body = Report("gw-1", "failed", "number_not_in_service");

        var (first, firstJson) = await PostAsync(client, body, Sign(app, body), Stamp(app));
        var (again, againJson) = await PostAsync(client, body, Sign(app, body), Stamp(app));

        Assert.Equal((HttpStatusCode.OK, "Applied", "Failed"), (first, firstJson.GetProperty("result").GetString(), firstJson.GetProperty("status").GetString()));
        Assert.Equal((HttpStatusCode.OK, "Unchanged"), (again, againJson.GetProperty("result").GetString()));
        Assert.Contains(Number, await ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
    }

    [Theory]
    [InlineData("none", HttpStatusCode.Unauthorized, "sms.webhook.signature_missing")]
    [InlineData("forged", HttpStatusCode.Unauthorized, "sms.webhook.signature_invalid")]
    [InlineData("stale", HttpStatusCode.Unauthorized, "sms.webhook.timestamp_stale")]
    [InlineData("malformed", HttpStatusCode.BadRequest, "sms.webhook.malformed")]
    [InlineData("unknown", HttpStatusCode.NotFound, "sms.report.not_found")]
    [InlineData("huge", HttpStatusCode.RequestEntityTooLarge, "sms.webhook.body_too_large")]
    public async Task Post_BadCall_ProblemWithCodeAndNothingWritten(string kind, HttpStatusCode status, string code)
    {
        await using var app = new SeoulMonitorApplication();
        await using var factory = WithSecret(app);
        var ledger = await SeedAsync(factory);
        using var client = factory.CreateClient();
        var body = kind switch
        {
            "malformed" => Encoding.UTF8.GetBytes("{\"messageId\":"),
            "unknown" => Report("gw-404", "delivered", null),
            "huge" => Encoding.UTF8.GetBytes(new string(' ', SmsGatewayLimits.MaxReportBytes + 1)),
            _ => Report("gw-1", "failed", "number_not_in_service"),
        };
        var stamp = kind == "stale" ? SmsWebhookSignature.Timestamp(app.Clock.GetUtcNow().AddMinutes(-6)) : Stamp(app);
        var signature = kind switch
        {
            "none" => null,
            "forged" => SmsWebhookSignature.Compute("another-secret-that-is-long-enough-to-pass", stamp, body),
            _ => SmsWebhookSignature.Compute(Secret, stamp, body),
        };

        var (response, problem) = await PostAsync(client, body, signature, stamp);

        Assert.Equal((status, code), (response, problem.GetProperty("code").GetString()));
        Assert.Equal(SmsCarrierStatus.Accepted, (await ledger.GetSmsMessageAsync("gw-1", Ct))!.Status);
        Assert.Empty(await ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
    }

    [Fact]
    public async Task Post_NoSecretConfigured_ServiceUnavailable()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateAnonymousClient();
        var body = Report("gw-1", "delivered", null);

        var (response, problem) = await PostAsync(client, body, SmsWebhookSignature.Compute(Secret, Stamp(app), body), Stamp(app));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "sms.gateway.not_configured"), (response, problem.GetProperty("code").GetString()));
    }

    private static WebApplicationFactory<Program> WithSecret(SeoulMonitorApplication app) =>
        app.WithWebHostBuilder(b => b.UseSetting("Mailing:Sms:Gateway:WebhookSecret", Secret));

    private static async Task<IDeliveryLedger> SeedAsync(WebApplicationFactory<Program> factory)
    {
        var ledger = factory.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.InitializeAsync(Ct);
        await ledger.RecordSmsMessagesAsync([new SmsMessageRecord("gw-1", Guid.NewGuid(), 1, Number)], DateTimeOffset.UnixEpoch, Ct);
        return ledger;
    }

    private static byte[] Report(string id, string status, string? code) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
        new { messageId = id, status, code, at = "2026-11-26T08:59:00+09:00" }));

    private static string Stamp(SeoulMonitorApplication app) => SmsWebhookSignature.Timestamp(app.Clock.GetUtcNow());

    private static string Sign(SeoulMonitorApplication app, byte[] body) => SmsWebhookSignature.Compute(Secret, Stamp(app), body);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, byte[] body, string? signature, string stamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.Add(SmsWebhookSignature.SignatureHeader, signature);
        }

        request.Headers.Add(SmsWebhookSignature.TimestampHeader, stamp);
        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
