using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>
/// A battery of bad bodies and query strings against every Incentives endpoint (budget, stipends, payouts, community
/// activities, insurance, awards, advisers), with real record ids and every caller its rule allows: each answer is a
/// success or a 4xx problem with a stable <c>code</c>, never a 500, and a refused change writes nothing (the audit chain
/// and the money on the lines are unchanged).
/// </summary>
public sealed class IncentivesBadInputTests
{
    private static readonly Type[] IncentivesRules =
        [typeof(BudgetEndpointRules), typeof(StipendsEndpointRules), typeof(CommunityActivitiesEndpointRules), typeof(InsuranceEndpointRules),
         typeof(AwardsEndpointRules), typeof(AdvisersEndpointRules)];

    [Fact]
    public async Task IncentivesEndpoints_BadBodiesAndQueries_AnswerProblemsWithCodesNever500AndWriteNothing()
    {
        await using var app = new SeoulMonitorApplication();
        var world = await IncentivesBadInputWorld.CreateAsync(app);
        var failures = new List<string>();
        var rules = EndpointRuleCatalog.All.Where(r => IncentivesRules.Contains(r.Source)).Select(r => r.Rule).ToList();
        Assert.NotEmpty(rules);

        foreach (var rule in rules.OrderBy(r => Destructive(r.Route)))
        {
            foreach (var caller in rule.Allowed)
            {
                var client = world.Client(caller);
                foreach (var url in world.Urls(rule.Route))
                {
                    if (rule.Method is "GET" or "DELETE")
                    {
                        foreach (var query in BadQueries)
                        {
                            await ProbeAsync(world, client, new HttpMethod(rule.Method), url + query, null, failures);
                        }

                        continue;
                    }

                    foreach (var body in BadBodies())
                    {
                        await ProbeAsync(world, client, new HttpMethod(rule.Method), url, body, failures);
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60)));
    }

    [Theory]
    [InlineData("2026-03-01T10:00:00")]
    [InlineData("2026-03-01")]
    [InlineData("2026-03-01T10:00:00.123")]
    public async Task FileClaim_IncidentAtWithoutOffset_Is400MalformedAndWritesNothing(string incidentAt)
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync(SeoulMonitor.Core.Monitoring.Tasks.MonitoringTaskState.RecruitmentClosed);
        var monitor = await app.AddParticipantAsync(task.Id, 1);
        using var staff = app.CreateStaffClient();
        await staff.PostJsonAsync($"/api/tasks/{task.Id}/insurance/roster");
        app.Time.SetUtcNow(task.FieldworkOpensAt.AddDays(2));
        var audits = await app.QueryDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<SeoulMonitor.Core.Audit.AuditEntry>(), TestContext.Current.CancellationToken));

        var (response, problem) = await staff.PostJsonAsync("/api/insurance/claims", new { taskId = task.Id, monitorId = monitor, incidentAt, description = "넘어짐" });
        var (withOffset, _) = await staff.PostJsonAsync("/api/insurance/claims",
            new { taskId = task.Id, monitorId = monitor, incidentAt = task.FieldworkOpensAt.AddHours(1).ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), description = "넘어짐" });

        Assert.Equal((System.Net.HttpStatusCode.BadRequest, "request.malformed"), (response.StatusCode, problem.Code()));
        Assert.Equal(System.Net.HttpStatusCode.Created, withOffset.StatusCode);
        Assert.Equal(audits + 1, await app.QueryDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<SeoulMonitor.Core.Audit.AuditEntry>(), TestContext.Current.CancellationToken)));
    }

    private static readonly string[] BadQueries =
    [
        "", "?year=-5", "?year=0", "?year=99999", "?year=2147483647", "?year=abc", "?year=2026&state=Bogus", "?year=2026&state=", "?year=2026&state=1",
        "?year=2026&monitorId=not-a-guid", "?year=2026&batchId=" + Guid.NewGuid(), "?purpose=" + new string('x', 5000), "?purpose=&reason=",
        "?purpose=audit&reason=" + new string('가', 5000), "?includeInactive=maybe", "?taskId=" + Guid.NewGuid(), "?year=2026&purpose=%00%01",
    ];

    private static int Destructive(string route) =>
        route.EndsWith("/close", StringComparison.Ordinal) || route.EndsWith("/cancel", StringComparison.Ordinal)
        || route.EndsWith("/decline", StringComparison.Ordinal) || route.EndsWith("/deactivate", StringComparison.Ordinal)
        || route.EndsWith("/reject", StringComparison.Ordinal) || route.EndsWith("/paid", StringComparison.Ordinal)
        || route.EndsWith("/announce", StringComparison.Ordinal) ? 1 : 0;

    private static IEnumerable<Func<HttpContent?>> BadBodies()
    {
        string[] names =
        [
            "year", "monitorAwards", "communityAwards", "monitorIds", "communityIds", "note", "amount", "lines", "category", "name", "purpose",
            "reason", "ids", "month", "taskId", "perParticipation", "perCommunityActivity", "monitorId", "incidentAt", "description", "adviserId",
            "topic", "heldOn", "allowance", "budgetLineId", "field", "affiliation", "email", "title", "attendees",
        ];
        object?[] values =
        [
            new { }, Array.Empty<int>(), true, -1, 0, int.MaxValue, long.MaxValue, long.MinValue, 9e18, 1e300, -1e300, "", " ", new string('가', 15_000),
            "2026-03-01T10:00:00", "2026-13", "2026-00", "0000-01", "9999-12", "2026-13-45", "9999-12-31T23:59:59+14:00", "0001-01-01", "Bogus", Guid.Empty,
            Guid.NewGuid(), new[] { Guid.NewGuid(), Guid.NewGuid() }, new[] { Guid.Empty }, new string?[] { null }, new object?[] { null, 1, "x" },
        ];
        yield return () => null;
        yield return () => Raw("", "application/json");
        yield return () => Raw("{", "application/json");
        yield return () => Raw("null", "application/json");
        yield return () => Raw("[]", "application/json");
        yield return () => Raw("\"text\"", "application/json");
        yield return () => Raw("1e400", "application/json");
        yield return () => Raw("{}", "application/json");
        yield return () => Raw("{\"year\":2026}", "text/plain");
        yield return () => Raw("a,b\n1,2", "text/csv");
        yield return () => Raw(new string('[', 5000), "application/json");
        yield return () => Raw("{\"amount\":1e400,\"allowance\":99999999999999999999,\"year\":1e10}", "application/json");
        yield return () => Raw("{\"amount\":9223372036854775807,\"allowance\":9223372036854775807,\"perParticipation\":9223372036854775807,\"perCommunityActivity\":9223372036854775807,\"year\":2026}", "application/json");
        yield return () => Raw("{\"amount\":-9223372036854775808,\"allowance\":-9223372036854775808,\"perParticipation\":-9223372036854775808,\"year\":2026}", "application/json");
        yield return () => Raw("{\"year\":2026,\"lines\":null}", "application/json");
        yield return () => Raw("{\"year\":2026,\"lines\":[null]}", "application/json");
        yield return () => Raw("{\"year\":2027,\"lines\":[{\"category\":\"a\",\"name\":\"b\",\"purpose\":\"Bogus\",\"amount\":1}]}", "application/json");
        yield return () => Raw("{\"year\":2027,\"lines\":[{\"category\":\"a\",\"name\":\"b\",\"purpose\":99,\"amount\":1}]}", "application/json");
        yield return () => Raw("{\"year\":2028,\"lines\":[{\"category\":\"a\",\"name\":\"b\",\"purpose\":\"Other\",\"amount\":9e18},{\"category\":\"a\",\"name\":\"c\",\"purpose\":\"Other\",\"amount\":9e18}]}", "application/json");
        yield return () => Raw("{\"year\":2029,\"lines\":[{\"category\":\"a\",\"name\":\"b\",\"purpose\":\"Other\",\"amount\":100000000000},{\"category\":\"a\",\"name\":\"c\",\"purpose\":\"Other\",\"amount\":100000000000}," +
            string.Join(',', Enumerable.Range(0, 200).Select(i => "{\"category\":\"a\",\"name\":\"n" + i + "\",\"purpose\":\"Other\",\"amount\":100000000000}")) + "]}", "application/json");
        yield return () => Raw("{\"year\":2026,\"taskId\":\"" + Guid.NewGuid() + "\",\"perParticipation\":1,\"perCommunityActivity\":1}", "application/json");
        yield return () => Raw("{\"year\":1900,\"monitorAwards\":1,\"communityAwards\":0}", "application/json");
        yield return () => Raw("{\"year\":2027,\"monitorAwards\":-1,\"communityAwards\":2147483647}", "application/json");
        yield return () => Raw("{\"month\":\"2026-13\"}", "application/json");
        yield return () => Raw("{\"month\":\"2026-1\"}", "application/json");
        yield return () => Raw("{\"month\":\"+2026-01\"}", "application/json");
        yield return () => Raw("{\"month\":\"٢٠٢٦-٠١\"}", "application/json");
        yield return () => Raw("{\"month\":\"9999-12\"}", "application/json");
        yield return () => Raw("{\"month\":\"0001-01\"}", "application/json");
        yield return () => Raw("{\"adviserId\":\"" + Guid.NewGuid() + "\",\"topic\":\"x\",\"heldOn\":\"9999-12-31\",\"allowance\":1,\"budgetLineId\":\"" + Guid.NewGuid() + "\"}", "application/json");
        yield return () => Raw("{\"adviserId\":\"" + Guid.NewGuid() + "\",\"topic\":\"x\",\"heldOn\":\"0001-01-01\",\"allowance\":1,\"budgetLineId\":\"" + Guid.NewGuid() + "\"}", "application/json");
        yield return () => Raw("{\"heldOn\":\"2026-03-01T10:00:00\",\"allowance\":1}", "application/json");
        yield return () => Raw("{\"title\":\"x\",\"heldOn\":\"0001-01-01\",\"attendees\":1}", "application/json");
        yield return () => Raw("{\"title\":\"x\",\"heldOn\":\"2026-02-30\",\"attendees\":1}", "application/json");
        yield return () => Raw("{\"title\":\"x\",\"heldOn\":\"not a day\",\"attendees\":-2147483648}", "application/json");
        yield return () => Raw("{\"taskId\":\"" + Guid.NewGuid() + "\",\"monitorId\":\"" + Guid.NewGuid() + "\",\"incidentAt\":\"0001-01-01T00:00:00+14:00\",\"description\":\"x\"}", "application/json");
        yield return () => Raw("{\"taskId\":\"" + Guid.NewGuid() + "\",\"monitorId\":\"" + Guid.NewGuid() + "\",\"incidentAt\":\"9999-12-31T23:59:59-14:00\",\"description\":\"x\"}", "application/json");
        yield return () => Raw("{\"taskId\":\"" + Guid.NewGuid() + "\",\"monitorId\":\"" + Guid.NewGuid() + "\",\"incidentAt\":\"2026-03-01T10:00:00\",\"description\":\"x\"}", "application/json");
        yield return () => Raw("{\"ids\":[" + string.Join(',', Enumerable.Range(0, 5000).Select(_ => "\"" + Guid.NewGuid() + "\"")) + "]}", "application/json");
        yield return () => Raw("{\"monitorIds\":[" + string.Join(',', Enumerable.Range(0, 5000).Select(_ => "\"" + Guid.NewGuid() + "\"")) + "],\"communityIds\":[]}", "application/json");
        yield return () => Raw("{\"name\":\"x\",\"field\":\"y\",\"email\":\"" + new string('a', 5000) + "@example.com\"}", "application/json");
        yield return () => Raw("{\"name\":\"\\u0000\",\"field\":\"\\ud800\"}", "application/json");
        foreach (var value in values)
        {
            yield return () => JsonContent.Create(names.ToDictionary(n => n, _ => value));
        }

        yield return () => new MultipartFormDataContent();
        yield return () => new MultipartFormDataContent { { new ByteArrayContent([0xff, 0xfe, 0x00]), "file", "budget.csv" } };
        yield return () => Raw("a=1&year=%7B", "application/x-www-form-urlencoded");
    }

    private static StringContent Raw(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private static async Task ProbeAsync(IncentivesBadInputWorld world, HttpClient client, HttpMethod method, string url, Func<HttpContent?>? body, List<string> failures)
    {
        var before = method == HttpMethod.Get ? default : await world.StateAsync();
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body?.Invoke() };
        var description = request.Content is null ? "(no body)" : Describe(await request.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        if (status < 400)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        string? code = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            code = document.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        }
        catch (JsonException)
        {
        }

        if (status >= 500 || code is null || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{method} {Describe(url)} {description} → {status} {code ?? "(no code)"} {Describe(text)}");
            return;
        }

        if (method != HttpMethod.Get && await world.StateAsync() != before)
        {
            failures.Add($"{method} {Describe(url)} {description} → {status} {code} but wrote: {before} → {await world.StateAsync()}");
        }
    }

    private static string Describe(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
