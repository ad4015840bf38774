namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Subscriber imports are for staff only.</summary>
public sealed class ImportEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/imports", Callers.Staff),
        new("GET", "/api/imports", Callers.Staff),
        new("GET", "/api/imports/{id:guid}", Callers.Staff),
        new("GET", "/api/imports/{id:guid}/report.csv", Callers.Staff),
    ];
}
