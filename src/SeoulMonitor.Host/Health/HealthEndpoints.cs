using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SeoulMonitor.Host.Health;

/// <summary>Liveness (the process answers) and readiness (the database answers).</summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = static _ => false }).AllowAnonymous();
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = static check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return routes;
    }
}
