using System.Net.Http.Headers;
using System.Text;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Mailing.Sms.Gateway;
using static SeoulMonitor.Host.Tests.Campaigns.DeliveryProbe;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>
/// A battery of hostile calls to <c>POST /webhooks/sms/delivery</c> as every caller: bad and forged signatures, bad,
/// stale and future timestamps, wrong media types, empty, malformed, wrongly typed, oversize and control-character
/// bodies, and replays. Each is a 4xx problem with a stable code (never a 500), and the text's carrier status and the
/// suppression lists are unchanged.
/// </summary>
public sealed class SmsWebhookBadInputTests
{
    private const string Route = "/webhooks/sms/delivery";

    [Fact]
    public async Task Post_HostileCallsAsEveryCaller_ProblemsWithCodesNever500AndNothingWritten()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        var failures = new List<string>();
        foreach (var caller in Callers.All)
        {
            foreach (var build in Calls(world))
            {
                await ProbeAsync(world, world.Client(caller), build, caller, failures, mustRefuse: true);
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60)));
    }

    [Fact]
    public async Task Post_ReplayOfAcceptedReport_UnchangedAndReplayWithNewTimestampRefused()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        using var client = world.Client(Callers.Anonymous);
        var body = Report("delivered", null);
        var stamp = Stamp(world);
        var signature = SmsWebhookSignature.Compute(DeliveryBadInputWorld.SmsSecret, stamp, body);

        using var first = await client.SendAsync(Signed(body, stamp, signature), TestContext.Current.CancellationToken);
        var applied = await world.StateAsync();
        using var replay = await client.SendAsync(Signed(body, stamp, signature), TestContext.Current.CancellationToken);
        world.App.Time.Advance(TimeSpan.FromSeconds(30));
        var failures = new List<string>();
        var status = await ProbeAsync(world, client, () => Signed(body, Stamp(world), signature), Callers.Anonymous, failures);

        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("\"Unchanged\"", await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(applied, await world.StateAsync());
        Assert.Equal(401, status);
        Assert.Empty(failures);
    }

    private static IEnumerable<Func<HttpRequestMessage>> Calls(DeliveryBadInputWorld world)
    {
        var good = Report("failed", "number_not_in_service");
        var now = world.App.Clock.GetUtcNow();
        string Sign(byte[] body, string stamp) => SmsWebhookSignature.Compute(DeliveryBadInputWorld.SmsSecret, stamp, body);
        var stamp = Stamp(world);

        // Signatures and timestamps.
        yield return () => new HttpRequestMessage(HttpMethod.Post, Route) { Content = Json(good) };
        yield return () => Signed(good, stamp, null);
        yield return () => Signed(good, null, Sign(good, stamp));
        yield return () => Signed(good, stamp, "");
        yield return () => Signed(good, stamp, "sha256=");
        yield return () => Signed(good, stamp, "sha256=" + new string('0', 64));
        yield return () => Signed(good, stamp, "sha256=" + new string('z', 64));
        yield return () => Signed(good, stamp, "sha256=" + new string('가', 64));
        yield return () => Signed(good, stamp, "sha1=" + Sign(good, stamp)[7..]);
        yield return () => Signed(good, stamp, Sign(good, stamp)[..^1]);
        yield return () => Signed(good, stamp, Sign(good, stamp) + "0");
        yield return () => Signed(good, stamp, new string('a', 100_000));
        yield return () => Signed(good, stamp, SmsWebhookSignature.Compute("another-secret-that-is-long-enough-to-pass", stamp, good));
        yield return () => Signed(good, stamp, SmsWebhookSignature.Compute(DeliveryBadInputWorld.SmsSecret, stamp, Report("failed", "invalid_number")));
        foreach (var bad in new[] { "", " ", "abc", "-1", "+1", "1e9", " " + stamp, stamp + " ", "0x10", "99999999999999", "9223372036854775807", "٣", "１７００" })
        {
            yield return () => Signed(good, bad, Sign(good, bad));
        }

        var stale = SmsWebhookSignature.Timestamp(now.AddMinutes(-5).AddSeconds(-1));
        var ahead = SmsWebhookSignature.Timestamp(now.AddMinutes(5).AddSeconds(1));
        yield return () => Signed(good, stale, Sign(good, stale));
        yield return () => Signed(good, ahead, Sign(good, ahead));
        yield return () => Signed(good, "0", Sign(good, "0"));
        yield return () => Twice(Signed(good, stamp, Sign(good, stamp)), SmsWebhookSignature.SignatureHeader, "sha256=" + new string('0', 64));
        yield return () => Twice(Signed(good, stamp, Sign(good, stamp)), SmsWebhookSignature.TimestampHeader, stamp);

        // Media types.
        foreach (var mediaType in new[] { "text/plain", "application/x-www-form-urlencoded", "message/rfc822", "multipart/form-data; boundary=x" })
        {
            yield return () => Signed(good, stamp, Sign(good, stamp), mediaType);
        }

        yield return () => Signed(good, stamp, Sign(good, stamp), null);

        // Bodies, each signed correctly.
        string[] bodies =
        [
            "", " ", "{", "null", "[]", "\"text\"", "1e400", "{}", "true", new string('[', 5000), new string('{', 3) + "}",
            "{\"messageId\":1,\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":[\"gw-1\"],\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":1,\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"at\":12345}",
            "{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"at\":\"not a time\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"at\":\"0001-01-01T00:00:00+14:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"at\":\"9999-12-31T23:59:59-14:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"delivered\"}",
            "{\"messageId\":\"gw-1\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\" gw-1 \",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-404\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"" + new string('g', SmsGatewayLimits.MaxIdLength + 1) + "\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"accepted\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"DELIVERED\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"delivered \",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"failed\",\"code\":\"" + new string('c', SmsGatewayLimits.MaxIdLength + 1) + "\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"failed\",\"code\":\"number_not_in_service\\u0000\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"failed\",\"code\":\"bad\\ud800code\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\\u0000\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"status\":\"failed\",\"code\":{\"x\":1},\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "{\"messageId\":\"gw-1\",\"messageId\":\"gw-404\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}",
            "[{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"at\":\"2026-03-02T10:00:00+09:00\"}]",
        ];
        foreach (var text in bodies)
        {
            var body = Encoding.UTF8.GetBytes(text);
            yield return () => Signed(body, stamp, Sign(body, stamp));
        }

        byte[] invalidUtf8 = [.. "{\"messageId\":\"gw-1\",\"status\":\"delivered\",\"code\":\""u8, 0xff, 0xfe, .. "\",\"at\":\"2026-03-02T10:00:00+09:00\"}"u8];
        yield return () => Signed(invalidUtf8, stamp, Sign(invalidUtf8, stamp));
        var huge = Encoding.UTF8.GetBytes("{\"messageId\":\"gw-1\",\"pad\":\"" + new string('x', SmsGatewayLimits.MaxReportBytes) + "\"}");
        yield return () => Signed(huge, stamp, Sign(huge, stamp));
        yield return () =>
        {
            // No Content-Length: the body is streamed and cut at the limit.
            var request = Signed(huge, stamp, Sign(huge, stamp));
            request.Content = new StreamContent(new MemoryStream(huge));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TransferEncodingChunked = true;
            return request;
        };
    }

    private static string Stamp(DeliveryBadInputWorld world) => SmsWebhookSignature.Timestamp(world.App.Clock.GetUtcNow());

    private static byte[] Report(string status, string? code) => Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(
        new { messageId = DeliveryBadInputWorld.MessageId, status, code, at = "2026-03-02T10:00:00+09:00" }));

    private static ByteArrayContent Json(byte[] body, string? mediaType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = mediaType is null ? null : MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private static HttpRequestMessage Signed(byte[] body, string? stamp, string? signature, string? mediaType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = Json(body, mediaType) };
        if (stamp is not null)
        {
            request.Headers.TryAddWithoutValidation(SmsWebhookSignature.TimestampHeader, stamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(SmsWebhookSignature.SignatureHeader, signature);
        }

        return request;
    }

    private static HttpRequestMessage Twice(HttpRequestMessage request, string header, string value)
    {
        request.Headers.TryAddWithoutValidation(header, value);
        return request;
    }
}
