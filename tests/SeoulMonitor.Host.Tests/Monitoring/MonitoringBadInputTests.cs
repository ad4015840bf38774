using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>
/// A battery of bad bodies and query strings against every Monitoring endpoint, with real record ids and every
/// caller its rule allows: each answer is a 4xx problem with a stable <c>code</c> (or a success), never a 500.
/// </summary>
public sealed class MonitoringBadInputTests
{
    private static readonly Type[] MonitoringRules =
        [typeof(TasksEndpointRules), typeof(RecruitmentEndpointRules), typeof(SubmissionEndpointRules), typeof(FindingsEndpointRules),
         typeof(HistoryEndpointRules), typeof(StatisticsEndpointRules)];

    [Fact]
    public async Task MonitoringEndpoints_BadBodiesAndQueries_AnswerProblemsWithCodesNever500()
    {
        await using var app = new SeoulMonitorApplication();
        var world = await MonitoringBadInputWorld.CreateAsync(app);
        var failures = new List<string>();
        var rules = EndpointRuleCatalog.All.Where(r => MonitoringRules.Contains(r.Source)).Select(r => r.Rule).ToList();
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
                            await ProbeAsync(client, new HttpMethod(rule.Method), url + query, null, failures);
                        }

                        continue;
                    }

                    foreach (var body in BadBodies())
                    {
                        await ProbeAsync(client, new HttpMethod(rule.Method), url, body, failures);
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60)));
    }

    private static readonly string[] BadQueries =
    [
        "", "?limit=-1", "?limit=0", "?limit=2147483647", "?offset=-1", "?offset=2147483647", "?limit=abc", "?year=-5", "?year=0",
        "?year=99999", "?year=2147483647", "?state=Bogus", "?state=", "?roundId=not-a-guid", "?department=" + new string('가', 5000),
        "?overdue=maybe", "?purpose=" + new string('x', 5000), "?cursor=%00%01", "?state=1",
    ];

    private static int Destructive(string route) =>
        route.EndsWith("/cancel", StringComparison.Ordinal) || route.EndsWith("/close", StringComparison.Ordinal)
        || route.EndsWith("/close-fieldwork", StringComparison.Ordinal) || route.EndsWith("/start-consolidation", StringComparison.Ordinal)
        || route.EndsWith("/withdraw", StringComparison.Ordinal) || route.EndsWith("/remove", StringComparison.Ordinal) ? 1 : 0;

    private static IEnumerable<Func<HttpContent?>> BadBodies()
    {
        string[] names =
        [
            "title", "purpose", "sites", "periodStart", "periodEnd", "headcount", "requirements", "department", "surveyRoundId", "communityId",
            "onBehalfOfDepartment", "year", "opensAt", "closesAt", "name", "contactEmail", "demandId", "capacity", "selectionMethod",
            "lotterySeed", "recruitmentOpensAt", "recruitmentClosesAt", "fieldworkOpensAt", "fieldworkClosesAt", "eligibleDistricts",
            "requiredTrainingSessionIds", "reason", "clientId", "formVersion", "answers", "capturedAt", "latitude", "longitude",
            "accuracyMeters", "supersedesId", "ids", "note", "summary", "sourceSubmissionIds", "otherIds", "submissionIds", "submissionId",
            "text", "photoId", "findingIds", "percent", "expectedDate", "response", "questions",
        ];
        object?[] values =
        [
            new { }, Array.Empty<int>(), true, -1, 0, int.MaxValue, long.MaxValue, 1e300, -1e300, "", " ", new string('가', 15_000),
            "2026-03-01T10:00:00", "2026-13-45", "9999-12-31T23:59:59+14:00", "0001-01-01", "Bogus", Guid.Empty, Guid.NewGuid(),
            new[] { Guid.NewGuid(), Guid.NewGuid() }, new[] { Guid.Empty }, new string?[] { null }, new object?[] { null, 1, "x" },
        ];
        yield return () => null;
        yield return () => Raw("", "application/json");
        yield return () => Raw("{", "application/json");
        yield return () => Raw("null", "application/json");
        yield return () => Raw("[]", "application/json");
        yield return () => Raw("\"text\"", "application/json");
        yield return () => Raw("1e400", "application/json");
        yield return () => Raw("{}", "application/json");
        yield return () => Raw("{\"title\":\"x\"}", "text/plain");
        yield return () => Raw("a,b\n1,2", "text/csv");
        yield return () => Raw(new string('[', 5000), "application/json");
        yield return () => Raw("{\"percent\":1e400,\"capacity\":99999999999,\"latitude\":1e400}", "application/json");
        yield return () => Raw("{\"latitude\":\"NaN\",\"longitude\":\"Infinity\",\"accuracyMeters\":\"-Infinity\"}", "application/json");
        yield return () => Raw("{\"questions\":null}", "application/json");
        yield return () => Raw("{\"questions\":[null]}", "application/json");
        yield return () => Raw("{\"questions\":[{\"key\":\"a\",\"kind\":\"Bogus\",\"label\":\"x\"}]}", "application/json");
        yield return () => Raw("{\"questions\":[{\"key\":\"a\",\"kind\":\"SingleChoice\",\"label\":\"x\",\"choices\":[null,\"\"]}]}", "application/json");
        yield return () => Raw("{\"questions\":[{\"key\":\"a\",\"kind\":\"Rating\",\"label\":\"x\",\"scaleMin\":-2147483648,\"scaleMax\":2147483647}]}", "application/json");
        yield return () => Raw("{\"questions\":[{\"key\":\"a\",\"kind\":\"Photo\",\"label\":\"x\",\"maxPhotos\":-1,\"maxPhotoBytes\":-9223372036854775808}]}", "application/json");
        yield return () => Raw("{\"questions\":[{\"key\":\"a\",\"kind\":\"ShortText\",\"label\":\"x\",\"maxLength\":0}]}", "application/json");
        yield return () => Raw("{\"answers\":{\"cleanliness\":{\"a\":[1,2,{\"b\":null}]}},\"clientId\":\"" + Guid.NewGuid() + "\",\"formVersion\":1,\"capturedAt\":\"2026-03-01T10:00:00+09:00\"}", "application/json");
        yield return () => Raw("{\"answers\":{\"cleanliness\":2147483648},\"clientId\":\"" + Guid.NewGuid() + "\",\"formVersion\":1,\"capturedAt\":\"2026-03-01T10:00:00+09:00\",\"latitude\":91,\"longitude\":181,\"accuracyMeters\":-1}", "application/json");
        yield return () => Raw("{\"answers\":{\"cleanliness\":3},\"clientId\":\"" + Guid.NewGuid() + "\",\"formVersion\":2147483647,\"capturedAt\":\"0001-01-01T00:00:00+14:00\"}", "application/json");
        yield return () => Raw("{\"answers\":{\"cleanliness\":3},\"clientId\":\"" + Guid.NewGuid() + "\",\"formVersion\":1,\"capturedAt\":\"9999-12-31T23:59:59-14:00\"}", "application/json");
        yield return () => Raw("{\"percent\":-2147483648,\"expectedDate\":\"0001-01-01\",\"response\":\"x\",\"reason\":\"x\"}", "application/json");
        yield return () => Raw("{\"percent\":2147483647,\"expectedDate\":\"9999-12-31\",\"note\":\"x\"}", "application/json");
        yield return () => Raw("{\"expectedDate\":\"2026-03-01T10:00:00\"}", "application/json");
        yield return () => Raw("{\"year\":2147483647,\"title\":\"x\",\"opensAt\":\"9999-12-31\",\"closesAt\":\"9999-12-31\"}", "application/json");
        yield return () => Raw("{\"year\":-2147483648,\"title\":\"x\",\"opensAt\":\"0001-01-01\",\"closesAt\":\"0001-01-01\"}", "application/json");
        yield return () => Raw("{\"periodStart\":\"0001-01-01\",\"periodEnd\":\"9999-12-31\",\"title\":\"x\",\"purpose\":\"x\",\"sites\":\"x\",\"headcount\":2147483647,\"requirements\":\"x\"}", "application/json");
        yield return () => Raw("{\"title\":\"x\",\"purpose\":\"x\",\"sites\":\"x\",\"capacity\":2147483647,\"recruitmentOpensAt\":\"0001-01-01T00:00:00+14:00\",\"recruitmentClosesAt\":\"9999-12-31T23:59:59-14:00\",\"fieldworkOpensAt\":\"9999-12-31T23:59:59-14:00\",\"fieldworkClosesAt\":\"9999-12-31T23:59:59-14:00\",\"department\":\"보행친화도시과\",\"selectionMethod\":\"Lottery\",\"lotterySeed\":-9223372036854775808}", "application/json");
        yield return () => Raw("{\"ids\":[" + string.Join(',', Enumerable.Range(0, 5000).Select(_ => "\"" + Guid.NewGuid() + "\"")) + "]}", "application/json");
        yield return () => Raw("{\"findingIds\":[" + string.Join(',', Enumerable.Range(0, 5000).Select(_ => "\"" + Guid.NewGuid() + "\"")) + "]}", "application/json");
        yield return () => Raw("{\"sourceSubmissionIds\":[" + string.Join(',', Enumerable.Range(0, 5000).Select(_ => "\"" + Guid.NewGuid() + "\"")) + "],\"title\":\"x\",\"summary\":\"x\"}", "application/json");
        foreach (var value in values)
        {
            yield return () => JsonContent.Create(names.ToDictionary(n => n, _ => value));
        }

        yield return () => new MultipartFormDataContent();
        yield return () => new MultipartFormDataContent { { new StringContent("{"), "submission" } };
        yield return () => new MultipartFormDataContent { { new StringContent("null"), "submission" } };
        yield return () => new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "photo.photo", "x.jpg" } };
        yield return () =>
        {
            var bad = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nnonsense"));
            bad.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
            return bad;
        };
        yield return () => Raw("--b\r\nContent-Disposition: form-data\r\n\r\n--b--", "multipart/form-data; boundary=b");
        yield return () => Raw("a=1&submission=%7B", "application/x-www-form-urlencoded");
    }

    private static StringContent Raw(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private static async Task ProbeAsync(HttpClient client, HttpMethod method, string url, Func<HttpContent?>? body, List<string> failures)
    {
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
        }
    }

    private static string Describe(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
