using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Host.Tests.Authorization;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitors;

public sealed class MonitorEndpointRulesTests
{
    private static readonly Type[] EndpointClasses = [typeof(ApplicationEndpoints), typeof(ConsentNoticeEndpoints), typeof(MembershipEndpoints), typeof(MeEndpoints)];

    [Fact]
    public async Task Rules_EveryMappedMonitorsEndpoint_IsListedExactlyOnce()
    {
        await using var app = new SeoulMonitorApplication();
        _ = app.Server;

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => EndpointClasses.Contains(e.Metadata.GetMetadata<MethodInfo>()?.DeclaringType))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal).ToList();
        var listed = MonitorEndpointRules.Rules.Select(r => $"{r.Method} {r.Route}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(mapped, listed);
    }
}
