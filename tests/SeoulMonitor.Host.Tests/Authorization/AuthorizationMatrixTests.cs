using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>
/// Every endpoint the host maps has exactly one <see cref="EndpointRule"/>, and every caller of
/// <see cref="Callers.All"/> is let through or refused (401 <c>auth.unauthenticated</c> / 403 <c>auth.forbidden</c>)
/// exactly as its rule says.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (_, rule) in EndpointRuleCatalog.All)
        {
            foreach (var caller in Callers.All)
            {
                data.Add(rule.Method, rule.Route, caller);
            }
        }

        return data;
    }

    [Fact]
    public void Rules_Discovered_IncludeEveryFeaturesRules()
    {
        var sources = EndpointRuleCatalog.All.Select(r => r.Source).Distinct().ToList();

        Assert.Contains(typeof(PlatformEndpointRules), sources);
        Assert.Contains(typeof(AuditEndpointRules), sources);
        Assert.All(EndpointRuleCatalog.All, r => Assert.All(r.Rule.Allowed, a => Assert.Contains(a, Callers.All)));
    }

    [Fact]
    public void MappedEndpoints_EachHasExactlyOneRule_AndEveryRuleIsMapped()
    {
        var mapped = MappedEndpoints();
        var failures = new List<string>();
        foreach (var (methods, route) in mapped)
        {
            foreach (var method in methods)
            {
                var rules = EndpointRuleCatalog.All.Where(r => r.Rule.Route == route && (method == "*" || r.Rule.Method == method)).ToList();
                if (rules.Count != 1)
                {
                    failures.Add($"{method} {route} is mapped and has {rules.Count} rules{(rules.Count > 1 ? $" (in {string.Join(", ", rules.Select(r => r.Source.Name))})" : "; add one to an IEndpointRules class")}.");
                }
            }
        }

        foreach (var (source, rule) in EndpointRuleCatalog.All)
        {
            if (!mapped.Any(m => m.Route == rule.Route && (m.Methods.Contains(rule.Method) || m.Methods.Contains("*"))))
            {
                failures.Add($"{rule.Method} {rule.Route} (in {source.Name}) matches no mapped endpoint.");
            }
        }

        Assert.True(mapped.Count > 0, "The host maps no endpoints.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_EachRuleAndCaller_IsAllowedOrRefusedAsTheRuleSays(string method, string route, string caller)
    {
        var rule = EndpointRuleCatalog.All.Select(r => r.Rule).First(r => r.Method == method && r.Route == route);
        var allowed = rule.Allowed.Contains(caller);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(SampleUrl(route), UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await fixture.Client(caller).SendAsync(request, TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        var code = await ProblemCodeAsync(response);
        var what = $"{caller} → {method} {request.RequestUri} answered {status} (code: {code ?? "none"})";

        if (allowed)
        {
            Assert.False(status == StatusCodes.Status401Unauthorized, $"{what}; the rule allows {caller}.");
            Assert.False(status == StatusCodes.Status403Forbidden && code == "auth.forbidden", $"{what}; the rule allows {caller}.");
        }
        else if (caller == Callers.Anonymous)
        {
            Assert.True(status == StatusCodes.Status401Unauthorized && code == "auth.unauthenticated", $"{what}; expected 401 auth.unauthenticated.");
        }
        else
        {
            Assert.True(status == StatusCodes.Status403Forbidden && code == "auth.forbidden", $"{what}; expected 403 auth.forbidden.");
        }
    }

    /// <summary>(methods, route pattern) of every routable endpoint; "*" when the endpoint answers any method.</summary>
    private List<(string[] Methods, string Route)> MappedEndpoints() =>
        fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToArray() ?? []))
            .Where(e => e.Methods.Length > 0 || e.Endpoint.Order != int.MaxValue) // framework fallbacks have no methods and the last order
            .Select(e => (e.Methods.Length > 0 ? e.Methods : ["*"], Normalize(e.Endpoint.RoutePattern.RawText!)))
            .ToList();

    /// <summary>A group's "" route is "/prefix/"; routing matches it with or without the slash.</summary>
    private static string Normalize(string route) => "/" + route.Trim('/');

    private static string SampleUrl(string route)
    {
        var pattern = RoutePatternFactory.Parse(route);
        var builder = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            builder.Append('/');
            foreach (var part in segment.Parts)
            {
                builder.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => SampleValue(parameter),
                    _ => throw new InvalidOperationException($"Unexpected route part in {route}."),
                });
            }
        }

        return builder.ToString();
    }

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? string.Empty).ToList();
        if (parameter.Name == "documentName")
        {
            return "v1";
        }

        if (constraints.Contains("int") || constraints.Contains("long"))
        {
            return parameter.Name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026" : "1";
        }

        return constraints.Contains("guid") ? Guid.NewGuid().ToString("D") : Guid.NewGuid().ToString("N");
    }

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("code", out var code)
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
