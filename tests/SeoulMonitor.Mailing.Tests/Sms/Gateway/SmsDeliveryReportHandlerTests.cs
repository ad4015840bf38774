using System.Text;
using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Tests.Sms.Gateway;

public sealed class SmsDeliveryReportHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Campaign = Guid.NewGuid();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HandleAsync_SignedDelivered_AppliedOnce()
    {
        await using var host = await HostAsync();
        var body = Body("gw-1", "delivered", null);

        var result = await host.Reports.HandleAsync(body, Sign(body), Stamp(), Ct);

        Assert.True(result.IsSuccess);
        Assert.Equal(SmsReportApplication.Applied, result.Value.Application);
        var stored = await host.Ledger.GetSmsMessageAsync("gw-1", Ct);
        Assert.Equal((SmsCarrierStatus.Delivered, Now.AddMinutes(-1)), (stored!.Status, stored.ReportedAt));
    }

    [Fact]
    public async Task HandleAsync_Repeated_UnchangedAndStillDelivered()
    {
        await using var host = await HostAsync();
        var body = Body("gw-1", "delivered", null);
        await host.Reports.HandleAsync(body, Sign(body), Stamp(), Ct);

        var again = await host.Reports.HandleAsync(body, Sign(body), Stamp(), Ct);

        Assert.Equal(SmsReportApplication.Unchanged, again.Value.Application);
        Assert.Equal(SmsCarrierStatus.Delivered, (await host.Ledger.GetSmsMessageAsync("gw-1", Ct))!.Status);
    }

    [Fact]
    public async Task HandleAsync_FailedAfterDelivered_NeverMovesBackwards()
    {
        await using var host = await HostAsync();
        var delivered = Body("gw-1", "delivered", null);
        var failed = Body("gw-1", "failed", "number_not_in_service");
        await host.Reports.HandleAsync(delivered, Sign(delivered), Stamp(), Ct);

        var late = await host.Reports.HandleAsync(failed, Sign(failed), Stamp(), Ct);

        Assert.Equal(SmsReportApplication.Unchanged, late.Value.Application);
        Assert.Equal(SmsCarrierStatus.Delivered, (await host.Ledger.GetSmsMessageAsync("gw-1", Ct))!.Status);
        Assert.Empty(await host.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
    }

    [Fact]
    public async Task HandleAsync_HardCarrierFailure_SuppressesTheNumberForSmsOnly()
    {
        await using var host = await HostAsync();
        var body = Body("gw-1", "failed", "number_not_in_service");

        var result = await host.Reports.HandleAsync(body, Sign(body), Stamp(), Ct);

        Assert.Equal(SmsCarrierStatus.Failed, result.Value.Message!.Status);
        Assert.Contains(SmsEngineTests.Number(1), await host.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
        Assert.True(host.Suppressions.Contains(DeliveryChannel.Sms, SmsEngineTests.Number(1)));
        Assert.Empty(await host.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
    }

    [Fact]
    public async Task HandleAsync_SoftFailureOrExpiry_RecordedWithoutSuppression()
    {
        await using var host = await HostAsync();
        var failed = Body("gw-1", "failed", "handset_busy");
        var expired = Body("gw-2", "expired", null);

        await host.Reports.HandleAsync(failed, Sign(failed), Stamp(), Ct);
        await host.Reports.HandleAsync(expired, Sign(expired), Stamp(), Ct);

        Assert.Equal(("handset_busy", SmsCarrierStatus.Failed), ((await host.Ledger.GetSmsMessageAsync("gw-1", Ct))!.Code, (await host.Ledger.GetSmsMessageAsync("gw-1", Ct))!.Status));
        Assert.Equal(SmsCarrierStatus.Expired, (await host.Ledger.GetSmsMessageAsync("gw-2", Ct))!.Status);
        Assert.Empty(await host.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
    }

    [Theory]
    [InlineData(null, "ts", "sms.webhook.signature_missing")]
    [InlineData("sig", null, "sms.webhook.signature_missing")]
    [InlineData("forged", "ts", "sms.webhook.signature_invalid")]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000", "ts", "sms.webhook.signature_invalid")]
    [InlineData("sig", "-5", "sms.webhook.timestamp_invalid")]
    [InlineData("sig", "1234567890123", "sms.webhook.timestamp_invalid")]
    [InlineData("sig", "stale", "sms.webhook.timestamp_stale")]
    [InlineData("sig", "future", "sms.webhook.timestamp_stale")]
    public async Task HandleAsync_BadSignatureOrTimestamp_RefusedAndNothingChanges(string? signature, string? timestamp, string code)
    {
        await using var host = await HostAsync();
        var body = Body("gw-1", "failed", "number_not_in_service");
        var stamp = timestamp switch
        {
            "ts" => Stamp(),
            "stale" => SmsWebhookSignature.Timestamp(Now.AddMinutes(-5).AddSeconds(-1)),
            "future" => SmsWebhookSignature.Timestamp(Now.AddMinutes(5).AddSeconds(1)),
            _ => timestamp,
        };
        var sig = signature == "sig" ? SmsWebhookSignature.Compute(SmsTestHost.Secret, stamp ?? "", body) : signature;

        var result = await host.Reports.HandleAsync(body, sig, stamp, Ct);

        Assert.Equal(code, result.Error?.Code);
        await AssertUnchangedAsync(host);
    }

    [Fact]
    public async Task HandleAsync_TimestampAtTheEdgeOfTheWindow_Accepted()
    {
        await using var host = await HostAsync();
        var body = Body("gw-1", "delivered", null);
        var stamp = SmsWebhookSignature.Timestamp(Now.AddMinutes(-5));

        var result = await host.Reports.HandleAsync(body, SmsWebhookSignature.Compute(SmsTestHost.Secret, stamp, body), stamp, Ct);

        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    [Fact]
    public async Task HandleAsync_SignedForAnotherTimestamp_SignatureInvalid()
    {
        await using var host = await HostAsync();
        var body = Body("gw-1", "delivered", null);
        var signedAt = SmsWebhookSignature.Timestamp(Now.AddMinutes(-1));

        var result = await host.Reports.HandleAsync(body, SmsWebhookSignature.Compute(SmsTestHost.Secret, signedAt, body), Stamp(), Ct);

        Assert.Equal("sms.webhook.signature_invalid", result.Error?.Code);
    }

    [Theory]
    [InlineData("not json", "sms.webhook.malformed")]
    [InlineData("""{"messageId":"gw-1","status":"read","at":"2026-11-26T08:59:00Z"}""", "sms.webhook.malformed")]
    [InlineData("""{"status":"delivered","at":"2026-11-26T08:59:00Z"}""", "sms.webhook.malformed")]
    [InlineData("""{"messageId":"gw-1","status":"delivered"}""", "sms.webhook.malformed")]
    [InlineData("""{"messageId":"gw-404","status":"delivered","at":"2026-11-26T08:59:00Z"}""", "sms.report.not_found")]
    public async Task HandleAsync_SignedButBadContent_RefusedAndNothingChanges(string json, string code)
    {
        await using var host = await HostAsync();
        var body = Encoding.UTF8.GetBytes(json);

        var result = await host.Reports.HandleAsync(body, Sign(body), Stamp(), Ct);

        Assert.Equal(code, result.Error?.Code);
        await AssertUnchangedAsync(host);
    }

    [Fact]
    public async Task HandleAsync_BodyOverTheLimit_Refused()
    {
        await using var host = await HostAsync();
        var body = new byte[SmsGatewayLimits.MaxReportBytes + 1];

        var result = await host.Reports.HandleAsync(body, Sign(body), Stamp(), Ct);

        Assert.Equal("sms.webhook.body_too_large", result.Error?.Code);
    }

    [Fact]
    public async Task HandleAsync_NoSecretConfigured_NotConfigured()
    {
        await using var host = await HostAsync(o => o.WebhookSecret = null);
        var body = Body("gw-1", "delivered", null);

        var result = await host.Reports.HandleAsync(body, Sign(body), Stamp(), Ct);

        Assert.Equal("sms.gateway.not_configured", result.Error?.Code);
    }

    private static async Task AssertUnchangedAsync(SmsTestHost host)
    {
        Assert.Equal(SmsCarrierStatus.Accepted, (await host.Ledger.GetSmsMessageAsync("gw-1", Ct))!.Status);
        Assert.Empty(await host.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
    }

    private static async Task<SmsTestHost> HostAsync(Action<SmsGatewayOptions>? configure = null)
    {
        var host = new SmsTestHost(null, configure, new FakeTimeProvider(Now));
        await host.Ledger.RecordSmsMessagesAsync(
            [new("gw-1", Campaign, 1, SmsEngineTests.Number(1)), new("gw-2", Campaign, 2, SmsEngineTests.Number(2))], Now.AddMinutes(-2), Ct);
        return host;
    }

    private static byte[] Body(string messageId, string status, string? code) => Encoding.UTF8.GetBytes(
        $$"""{"messageId":"{{messageId}}","status":"{{status}}","code":{{(code is null ? "null" : $"\"{code}\"")}},"at":"2026-11-26T08:59:00+00:00"}""");

    private static string Stamp() => SmsWebhookSignature.Timestamp(Now);

    private static string Sign(byte[] body) => SmsWebhookSignature.Compute(SmsTestHost.Secret, Stamp(), body);
}
