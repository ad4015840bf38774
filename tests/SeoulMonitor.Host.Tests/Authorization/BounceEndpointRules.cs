namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>The bounce webhook is public (its HMAC signature is the authentication); the bounce and suppression views are for staff.</summary>
public sealed class BounceEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/webhooks/bounces", Callers.All),
        new("GET", "/api/campaigns/{id:guid}/bounces", Callers.Staff),
        new("GET", "/api/suppressions/engine", Callers.Staff),
    ];
}
