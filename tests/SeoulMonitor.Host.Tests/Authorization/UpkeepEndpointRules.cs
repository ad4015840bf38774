namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>
/// Consent upkeep and data-subject requests: operators and staff only, except a citizen's own my-data requests, which
/// anyone may start and confirm (the signed link proves the address).
/// </summary>
public sealed class UpkeepEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/audiences/maintenance/run", Callers.Staff),
        new("GET", "/api/audiences/destruction-records", Callers.Staff),

        new("GET", "/api/data-requests", Callers.Staff),
        new("POST", "/api/data-requests", Callers.Staff),
        new("POST", "/api/data-requests/{id:guid}/complete", Callers.Staff),
        new("POST", "/api/data-requests/{id:guid}/refuse", Callers.Staff),
        new("GET", "/api/data-requests/{id:guid}/export", Callers.Staff),

        new("POST", "/api/my-data/requests", Callers.All),
        new("POST", "/api/my-data/requests/confirm", Callers.All),
    ];
}
