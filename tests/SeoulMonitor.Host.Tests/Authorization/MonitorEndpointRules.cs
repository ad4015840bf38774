namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>
/// Applications, consent notices, memberships and the monitor's own record. Citizens reach only what an applicant
/// needs (submit, the consent notice, their own application by its access token); staff manage; monitors see and
/// change only their own membership under /api/me.
/// </summary>
public sealed class MonitorEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("GET", "/api/consent-notices/current", Callers.All),
        new("GET", "/api/consent-notices/{id:guid}", Callers.All),
        new("GET", "/api/consent-notices", Callers.Staff),
        new("POST", "/api/consent-notices", Callers.Staff),

        new("POST", "/api/applications", Callers.All),
        new("GET", "/api/applications/{id:guid}/applicant", Callers.All),
        new("POST", "/api/applications/{id:guid}/applicant/resubmit", Callers.All),
        new("POST", "/api/applications/{id:guid}/applicant/withdraw", Callers.All),
        new("GET", "/api/applications", Callers.Staff),
        new("GET", "/api/applications/{id:guid}", Callers.Staff),
        new("POST", "/api/applications/{id:guid}/approve", Callers.Staff),
        new("POST", "/api/applications/{id:guid}/reject", Callers.Staff),
        new("POST", "/api/applications/{id:guid}/return", Callers.Staff),

        new("GET", "/api/memberships", Callers.Staff),
        new("GET", "/api/memberships/export", Callers.Staff),
        new("GET", "/api/memberships/{id:guid}", Callers.Staff),
        new("PATCH", "/api/memberships/{id:guid}/contact", Callers.Staff),
        new("POST", "/api/memberships/{id:guid}/suspend", Callers.Staff),
        new("POST", "/api/memberships/{id:guid}/reinstate", Callers.Staff),
        new("POST", "/api/memberships/{id:guid}/withdraw", Callers.Staff),
        new("POST", "/api/memberships/{id:guid}/remove", Callers.Staff),
        new("POST", "/api/memberships/{id:guid}/renew", Callers.Staff),
        new("POST", "/api/memberships/expire-terms", Callers.Staff),

        new("GET", "/api/me", Callers.Monitors),
        new("PATCH", "/api/me/contact", Callers.Monitors),
        new("POST", "/api/me/withdraw", Callers.Monitors),
        new("POST", "/api/me/renew", Callers.Monitors),
    ];
}
