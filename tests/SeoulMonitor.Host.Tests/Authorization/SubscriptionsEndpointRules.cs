namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Citizens subscribe, confirm, withdraw and re-consent without signing in and read the open lists; staff manage lists and subscribers.</summary>
public sealed class SubscriptionsEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/subscriptions", Callers.All),
        new("POST", "/api/subscriptions/confirm", Callers.All),
        new("POST", "/api/subscriptions/withdraw", Callers.All),
        new("POST", "/api/subscriptions/reconsent", Callers.All),
        new("GET", "/api/lists", Callers.All),
        new("GET", "/api/lists/{key}", Callers.All),
        new("GET", "/api/lists/{key}/notices", Callers.Staff),
        new("POST", "/api/lists", Callers.Staff),
        new("POST", "/api/lists/{key}/open", Callers.Staff),
        new("POST", "/api/lists/{key}/close", Callers.Staff),
        new("POST", "/api/lists/{key}/notices", Callers.Staff),
        new("GET", "/api/subscribers/{publicId:guid}", Callers.Staff),
        new("GET", "/api/subscribers/{publicId:guid}/consents/history", Callers.Staff),
        new("POST", "/api/subscribers/{publicId:guid}/consents/{id:long}/withdraw", Callers.Staff),
    ];
}
