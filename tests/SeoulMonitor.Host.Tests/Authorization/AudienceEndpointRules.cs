namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Segments and the suppression list are for staff only.</summary>
public sealed class AudienceEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/segments", Callers.Staff),
        new("GET", "/api/segments", Callers.Staff),
        new("POST", "/api/segments/preview", Callers.Staff),
        new("GET", "/api/segments/{id:guid}", Callers.Staff),
        new("PUT", "/api/segments/{id:guid}", Callers.Staff),
        new("DELETE", "/api/segments/{id:guid}", Callers.Staff),
        new("POST", "/api/segments/{id:guid}/preview", Callers.Staff),
        new("POST", "/api/suppressions", Callers.Staff),
        new("POST", "/api/suppressions/bulk", Callers.Staff),
        new("GET", "/api/suppressions", Callers.Staff),
        new("DELETE", "/api/suppressions/{id:long}", Callers.Staff),
    ];
}
