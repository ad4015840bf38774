namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>The audit log and the personal-data access log are for staff only.</summary>
public sealed class AuditEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("GET", "/api/audit", Callers.Staff),
        new("GET", "/api/audit/verify", Callers.Staff),
        new("GET", "/api/access-log", Callers.Staff),
        new("GET", "/api/access-log/reviews/{year:int}/{month:int}", Callers.Staff),
        new("POST", "/api/access-log/reviews/{year:int}/{month:int}/sign-off", Callers.Staff),
    ];
}
