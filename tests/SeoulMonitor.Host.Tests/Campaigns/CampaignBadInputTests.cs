using System.Net.Http.Json;
using SeoulMonitor.Host.Tests.Authorization;
using static SeoulMonitor.Host.Tests.Campaigns.DeliveryProbe;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>
/// A battery of hostile bodies and query strings against every campaign endpoint, SMS campaigns in particular (bad and
/// unregistered sender numbers, oversize and unencodable texts, advertising without its label or 080 opt-out, wrong
/// JSON types, absurd sizes and dates), as every caller: each answer is a success or a 4xx problem with a stable code,
/// never a 500, and a refused call writes nothing (campaigns, ledger counts, SMS report state, suppressions, audit,
/// access log).
/// </summary>
public sealed class CampaignBadInputTests
{
    private const string SmsAudience = "list:seoul-news:sms";

    [Fact]
    public async Task Create_HostileSmsBodiesAsEveryCaller_ProblemsWithCodesNever500AndNothingWritten()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        var failures = new List<string>();
        foreach (var caller in Callers.All)
        {
            foreach (var body in CreateBodies(world))
            {
                await ProbeAsync(world, world.Client(caller), () => new HttpRequestMessage(HttpMethod.Post, "/api/campaigns") { Content = body() }, caller, failures, mustRefuse: true);
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60)));
    }

    [Fact]
    public async Task OtherEndpoints_BadIdsQueriesAndBodiesAsEveryCaller_ProblemsWithCodesNever500AndNothingWritten()
    {
        await using var world = await DeliveryBadInputWorld.CreateAsync();
        var failures = new List<string>();
        var rules = EndpointRuleCatalog.All.Where(r => r.Source == typeof(CampaignEndpointRules) && r.Rule.Route != "/api/campaigns").Select(r => r.Rule).ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            foreach (var caller in Callers.All)
            {
                foreach (var url in Urls(world, rule.Route))
                {
                    if (rule.Method == "GET")
                    {
                        foreach (var query in BadQueries)
                        {
                            await ProbeAsync(world, world.Client(caller), () => new HttpRequestMessage(HttpMethod.Get, url + query), caller, failures);
                        }

                        continue;
                    }

                    foreach (var body in PostBodies())
                    {
                        await ProbeAsync(world, world.Client(caller), () => new HttpRequestMessage(HttpMethod.Post, url) { Content = body() }, caller, failures);
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60)));
    }

    [Theory]
    [InlineData(0, 201, null)]
    [InlineData(1, 400, "campaign.send_by.too_far")]
    public async Task Create_SendByAtAndPastTheHorizon_CreatedOrRefused(int secondsPast, int status, string? code)
    {
        await using var app = new Infrastructure.SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var sendBy = app.Clock.GetUtcNow() + TimeSpan.FromDays(366) + TimeSpan.FromSeconds(secondsPast);

        var (response, body) = await Infrastructure.TestMonitors.PostJsonAsync(
            staff, "/api/campaigns", CampaignApi.Body(app, change: b => b["sendBy"] = sendBy));

        Assert.Equal((status, code), ((int)response.StatusCode, Infrastructure.TestMonitors.Code(body)));
    }

    [Theory]
    [InlineData("sendBy")]
    [InlineData("sendAt")]
    public async Task Create_TimeWithoutOffset_MalformedAndNothingWritten(string field)
    {
        await using var app = new Infrastructure.SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();
        var body = CampaignApi.Body(app, change: b => b[field] = "2026-03-02T18:00:00");

        var (response, problem) = await Infrastructure.TestMonitors.PostJsonAsync(staff, "/api/campaigns", body);
        var (_, list) = await Infrastructure.TestMonitors.GetJsonAsync(staff, "/api/campaigns");

        Assert.Equal((400, "request.malformed"), ((int)response.StatusCode, Infrastructure.TestMonitors.Code(problem)));
        Assert.Equal(0, list.GetArrayLength());
    }

    /// <summary>
    /// Real ids only where the call cannot start a send or an endless stream: the lifecycle events that could move a
    /// campaign and the progress stream get unknown ids; the rest get the e-mail and the SMS campaign too.
    /// </summary>
    private static IEnumerable<string> Urls(DeliveryBadInputWorld world, string route)
    {
        var live = route.EndsWith("/schedule", StringComparison.Ordinal) || route.EndsWith("/launch", StringComparison.Ordinal)
            || route.EndsWith("/cancel", StringComparison.Ordinal) || route.EndsWith("/resume", StringComparison.Ordinal)
            || route.EndsWith("/stream", StringComparison.Ordinal);
        Guid[] ids = live ? [Guid.NewGuid(), Guid.Empty] : [world.EmailCampaign, world.SmsCampaign, Guid.NewGuid()];
        string[] recipients = ["s1", "r1", "missing", "01012345678", "%01", new string('x', 5000), "%EA%B0%80", "..%2F..%2Fetc"];
        foreach (var id in ids)
        {
            var url = route.Replace("{id:guid}", id.ToString("D"), StringComparison.Ordinal);
            if (url.Contains("{recipientId}", StringComparison.Ordinal))
            {
                foreach (var recipient in recipients)
                {
                    yield return url.Replace("{recipientId}", recipient, StringComparison.Ordinal);
                }
            }
            else
            {
                yield return url;
            }
        }

        if (route.Contains("{id:guid}", StringComparison.Ordinal))
        {
            yield return route.Replace("{id:guid}", "not-a-guid", StringComparison.Ordinal).Replace("{recipientId}", "s1", StringComparison.Ordinal);
        }
    }

    private static readonly string[] BadQueries =
    [
        "", "?purpose=", "?purpose=" + new string('x', 5000), "?purpose=%00%01", "?purpose=audit&limit=0", "?purpose=audit&limit=1001",
        "?purpose=audit&limit=-1", "?purpose=audit&limit=abc", "?purpose=audit&limit=2147483648", "?purpose=audit&after=-1",
        "?purpose=audit&after=99999999999999999999", "?purpose=audit&after=abc", "?purpose=audit&limit=1&limit=2",
    ];

    private static IEnumerable<Func<HttpContent?>> PostBodies()
    {
        yield return () => null;
        yield return () => Raw("");
        yield return () => Raw("{");
        yield return () => Raw("null");
        yield return () => Raw("[]");
        yield return () => Raw("{\"recipientId\":1}");
        yield return () => Raw("{\"recipientId\":\"not-a-guid\"}");
        yield return () => Raw("{\"recipientId\":\"" + Guid.NewGuid() + "\"}");
        yield return () => Raw("{\"recipientId\":\"" + new string('가', 5000) + "\"}");
        yield return () => Raw("{\"recipientId\":\"x\"}", "text/plain");
        yield return () => Raw(new string('[', 5000));
    }

    private static IEnumerable<Func<HttpContent?>> CreateBodies(DeliveryBadInputWorld world)
    {
        yield return () => null;
        yield return () => Raw("");
        yield return () => Raw("{");
        yield return () => Raw("null");
        yield return () => Raw("[]");
        yield return () => Raw("{}");
        yield return () => Raw("\"sms\"");
        yield return () => Raw(new string('{', 5000));
        yield return () => Raw("{\"channel\":\"sms\"}", "text/plain");
        yield return () => Raw("channel=sms", "application/x-www-form-urlencoded");
        yield return () => Raw("{\"channel\":1,\"sender\":\"0221331234\",\"template\":\"x\",\"sendBy\":1}");
        yield return () => Raw("{\"channel\":\"sms\",\"sender\":{\"address\":221331234},\"template\":{\"text\":[\"x\"]},\"audience\":\"" + SmsAudience + "\",\"sendBy\":\"2026-03-03T00:00:00Z\"}");
        foreach (var sender in new object?[] { null, "", " ", "abc", "+82-2-2133-1234", "02-2133-12345", "010-1234-5678", "1588-0000", "0", new string('1', 5000), "０２２１３３１２３４", "٠٢٢١٣٣١٢٣٤", "02\u00002133\u00001234" })
        {
            yield return () => Sms(world, b => b["sender"] = new { address = sender });
        }

        string[] texts =
        [
            "", " ", new string('가', 1_000) + "!", new string('a', 2_001), "{{ name }}님 😀", "똠방각하 {{ name }}", "\u0000", "x\u001bx", "\ud800", "{{ name",
            "{% if %}", new string('가', 20_000),
        ];
        foreach (var text in texts)
        {
            yield return () => Sms(world, b => b["template"] = new { subject = "", text });
        }

        yield return () => Sms(world, b => b["template"] = new { subject = new string('가', 41), text = "x" });
        yield return () => Sms(world, b => b["template"] = new { subject = "", html = "<p>x</p>", text = "x" });
        yield return () => Sms(world, b => b["template"] = null);
        yield return () => Sms(world, b => { b["purpose"] = "advertising"; b["template"] = new { subject = "", text = "[광고] 안내 무료거부 080-123-4567" }; });
        yield return () => Sms(world, b => { b["purpose"] = "advertising"; b["template"] = new { subject = "", text = "(광고) 안내 수신거부 02-2133-1234" }; });
        yield return () => Sms(world, b => { b["purpose"] = "advertising"; b["template"] = new { subject = "", text = "(광고) 안내" }; });
        yield return () => Sms(world, b => { b["purpose"] = "advertising"; b["template"] = new { subject = "", text = "안내 (광고) 무료거부 080-123-4567" }; });
        foreach (var purpose in new object?[] { "", "promotion", "1", 1, true, "Advertising,Informational" })
        {
            yield return () => Sms(world, b => b["purpose"] = purpose);
        }

        foreach (var priority in new object?[] { "", "Bogus", "99", 1 })
        {
            yield return () => Sms(world, b => b["priority"] = priority);
        }

        foreach (var audience in new object?[] { null, "", "monitors", "list:seoul-news", "list:missing:sms", "list::sms", "list:seoul-news:fax", "list:" + new string('a', 5000) + ":sms", 1 })
        {
            yield return () => Sms(world, b => b["audience"] = audience);
        }

        foreach (var channel in new object?[] { "", "fax", "1", 1, "Email,Sms" })
        {
            yield return () => Sms(world, b => b["channel"] = channel);
        }

        var now = world.App.Clock.GetUtcNow();
        foreach (var sendBy in new object?[] { null, "", "yesterday", now.AddDays(-1), now, "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-03-03T00:00:00", 1 })
        {
            yield return () => Sms(world, b => b["sendBy"] = sendBy);
        }

        yield return () => Sms(world, b => b["sendAt"] = now.AddDays(2));
        yield return () => Sms(world, b => b["sendBy"] = now + TimeSpan.FromDays(366) + TimeSpan.FromSeconds(1));
        yield return () => Sms(world, b => b["sendBy"] = DateTimeOffset.MaxValue);
        yield return () => Sms(world, b => b["name"] = new string('가', 5_000));
        yield return () => Sms(world, b => b["name"] = "");
        yield return () => Sms(world, b => b["name"] = 1);
        yield return () => Sms(world, b => b["sender"] = new { address = "02-2133-1234", displayName = new string('가', 201) });
        yield return () => Sms(world, b => b["sender"] = "02-2133-1234");
    }

    private static JsonContent Sms(DeliveryBadInputWorld world, Action<Dictionary<string, object?>> change) =>
        JsonContent.Create(CampaignApi.Body(world.App, SmsAudience, b =>
        {
            b["channel"] = "sms";
            b["sender"] = new { address = "02-2133-1234" };
            b["template"] = new { subject = "", text = "{{ name }}님, 서울시 소식입니다." };
            change(b);
        }));
}
