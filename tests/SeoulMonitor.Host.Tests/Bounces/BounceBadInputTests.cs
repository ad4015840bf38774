using System.Net.Http.Headers;
using System.Text;
using SeoulMonitor.Host.Bounces;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Campaigns;
using static SeoulMonitor.Host.Tests.Campaigns.DeliveryProbe;

namespace SeoulMonitor.Host.Tests.Bounces;

/// <summary>
/// Hostile calls to the bounce webhook and the bounce and suppression views as every caller: bad, forged and stale
/// signatures, wrong media types, malformed, oversize and hostile messages, and bad paging and query values. Each is a
/// 4xx problem with a stable code (never a 500), and nothing is written (ledger, suppression lists, access log).
/// </summary>
public sealed class BounceBadInputTests
{
    [Fact]
    public async Task Webhook_HostileCallsAsEveryCaller_ProblemsWithCodesNever500AndNothingWritten()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        var failures = new List<string>();
        foreach (var caller in Callers.All)
        {
            foreach (var build in WebhookCalls(world))
            {
                await ProbeAsync(world, world.Client(caller), build, caller, failures, mustRefuse: true);
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60)));
    }

    [Fact]
    public async Task Views_BadQueriesAsEveryCaller_ProblemsWithCodesNever500AndNothingWritten()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        var failures = new List<string>();
        string[] urls =
        [
            $"/api/campaigns/{world.EmailCampaign}/bounces", $"/api/campaigns/{world.SmsCampaign}/bounces", $"/api/campaigns/{Guid.NewGuid()}/bounces",
            "/api/suppressions/engine",
        ];
        foreach (var caller in Callers.All)
        {
            foreach (var url in urls)
            {
                foreach (var query in BadQueries)
                {
                    var status = await ProbeAsync(world, world.Client(caller), () => new HttpRequestMessage(HttpMethod.Get, url + query), caller, failures);
                    if (status is >= 200 and < 300 && caller != Callers.Staff)
                    {
                        failures.Add($"[{caller}] GET {url}{Describe(query)} was answered {status}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60)));
    }

    /// <summary>Regression: a NUL in a DSN's Status reached the ledger as is (PostgreSQL text refuses it: a 500 there).</summary>
    [Fact]
    public async Task Webhook_StatusWithControlCharacters_RecordedCleanedAsAHardBounce()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        var dsn = BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(world.EmailCampaign, 2), "gone@example.net", status: "5.1.1\u0000\u0007");

        using var response = await world.Client(Callers.Anonymous).SendAsync(BounceHostData.Webhook(dsn, world.App.Clock.GetUtcNow()), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var bounce = Assert.Single(await world.Ledger.ListBouncesAsync(world.EmailCampaign, 0, 10, TestContext.Current.CancellationToken));
        Assert.Equal(("5.1.1", Mailing.Bounces.BounceKind.Hard), (bounce.Event.Status, bounce.Event.Kind));
        Assert.DoesNotContain(bounce.Event.Diagnostic!, char.IsControl);
    }

    private static readonly string[] BadQueries =
    [
        "", "?purpose=", "?purpose=%20", "?purpose=" + new string('x', 5000), "?purpose=%00%01", "?purpose=audit&limit=0", "?purpose=audit&limit=-1",
        "?purpose=audit&limit=1001", "?purpose=audit&limit=2147483648", "?purpose=audit&limit=abc", "?purpose=audit&limit=1.5", "?purpose=audit&after=-1",
        "?purpose=audit&after=abc", "?purpose=audit&after=99999999999999999999", "?purpose=audit&channel=Bogus", "?purpose=audit&channel=2",
        "?purpose=audit&channel=1", "?purpose=audit&channel=Email,Sms", "?purpose=audit&channel=", "?purpose=audit&cursor=" + new string('a', 321),
        "?purpose=audit&limit=1&limit=2", "?purpose=audit&after=1&after=2",
    ];

    private static IEnumerable<Func<HttpRequestMessage>> WebhookCalls(DeliveryBadInputWorld world)
    {
        var now = world.App.Clock.GetUtcNow();
        var good = BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(world.EmailCampaign, 2), "gone@example.net");
        yield return () => Unsigned(good, "message/rfc822");
        yield return () => BounceHostData.Webhook(good, now, signature: "");
        yield return () => BounceHostData.Webhook(good, now, signature: "sha256=" + new string('z', 64));
        yield return () => BounceHostData.Webhook(good, now, signature: new string('a', 100_000));
        yield return () => BounceHostData.Webhook(good, now, key: new byte[32]);
        yield return () => BounceHostData.Webhook(good, now.AddMinutes(-5).AddSeconds(-1));
        yield return () => BounceHostData.Webhook(good, now.AddMinutes(5).AddSeconds(1));
        yield return () => BounceHostData.Webhook(good, DateTimeOffset.UnixEpoch);
        yield return () => WithTimestamp(BounceHostData.Webhook(good, now), "abc");
        yield return () => WithTimestamp(BounceHostData.Webhook(good, now), "-1");
        yield return () => WithTimestamp(BounceHostData.Webhook(good, now), "9223372036854775807");
        foreach (var mediaType in new[] { "application/json", "text/plain", "multipart/report; report-type=delivery-status; boundary=b", "application/octet-stream" })
        {
            yield return () =>
            {
                var request = BounceHostData.Webhook(good, now);
                request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
                return request;
            };
        }

        yield return () => Unsigned(good, null);
        yield return () => BounceHostData.Webhook(new byte[(1024 * 1024) + 1], now);
        byte[][] bodies =
        [
            [], " "u8.ToArray(), [0xff, 0xfe, 0x00, 0x01], "{\"bounce\":true}"u8.ToArray(), Encoding.ASCII.GetBytes("Subject: hello\r\n\r\nNot a report.\r\n"),
            BounceHostData.Dsn("bounces@" + BounceHostData.Domain, "gone@example.net"),
            BounceHostData.Dsn("bounces+" + new string('a', 50) + "@" + BounceHostData.Domain, "gone@example.net"),
            BounceHostData.Dsn(new ReturnPathTokensFor(new byte[32]).Address(world.EmailCampaign, 1), "gone@example.net"),
            BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(Guid.NewGuid(), 1), "gone@example.net"),
            BounceHostData.Dsn(BounceHostData.Tokens.CreateAddress(world.EmailCampaign, 99), "gone@example.net"),
            Nested(2_000), Headers(50_000),
        ];
        foreach (var body in bodies)
        {
            yield return () => BounceHostData.Webhook(body, now);
        }
    }

    /// <summary>A message with <paramref name="depth"/> nested multiparts.</summary>
    private static byte[] Nested(int depth)
    {
        var text = new StringBuilder("MIME-Version: 1.0\r\n");
        for (var i = 0; i < depth; i++)
        {
            text.Append("Content-Type: multipart/mixed; boundary=\"b").Append(i).Append("\"\r\n\r\n--b").Append(i).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(text.Append("Content-Type: text/plain\r\n\r\nx\r\n").ToString());
    }

    /// <summary>A header block of <paramref name="count"/> short headers.</summary>
    private static byte[] Headers(int count) =>
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("X-A: b\r\n", count)) + "\r\nbody\r\n");

    private static HttpRequestMessage Unsigned(byte[] body, string? mediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/bounces", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = mediaType is null ? null : MediaTypeHeaderValue.Parse(mediaType);
        return request;
    }

    private static HttpRequestMessage WithTimestamp(HttpRequestMessage request, string timestamp)
    {
        request.Headers.Remove(BounceWebhookSignature.TimestampHeader);
        request.Headers.TryAddWithoutValidation(BounceWebhookSignature.TimestampHeader, timestamp);
        return request;
    }

    private sealed class ReturnPathTokensFor(byte[] key)
    {
        public string Address(Guid campaign, long sequence) =>
            new Mailing.Bounces.ReturnPathTokens(key, "bounces", BounceHostData.Domain).CreateAddress(campaign, sequence);
    }
}
