namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Injury-insurance premiums: staff only (they move money on the injury-insurance line).</summary>
public sealed class InsurancePremiumEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/insurance/premiums", Callers.Staff),
        new("GET", "/api/insurance/premiums", Callers.Staff),
        new("GET", "/api/insurance/premiums/{id:guid}", Callers.Staff),
        new("POST", "/api/insurance/premiums/{id:guid}/paid", Callers.Staff),
        new("POST", "/api/insurance/premiums/{id:guid}/cancel", Callers.Staff),
    ];
}
