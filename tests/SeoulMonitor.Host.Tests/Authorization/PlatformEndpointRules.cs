namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Health, OpenAPI and the API page (with its script and icon) are open to everyone.</summary>
public sealed class PlatformEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("GET", "/health/live", Callers.All),
        new("GET", "/health/ready", Callers.All),
        new("GET", "/openapi/{documentName}.json", Callers.All),
        new("GET", "/scalar/{documentName?}", Callers.All),
        new("GET", "/scalar/scalar.js", Callers.All),
        new("GET", "/scalar/scalar.aspnetcore.js", Callers.All),
        new("GET", "/scalar/favicon.svg", Callers.All),
    ];
}
