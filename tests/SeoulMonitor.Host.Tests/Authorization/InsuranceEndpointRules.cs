namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Injury insurance: staff only (rosters disclose personal data; claims record health data and money).</summary>
public sealed class InsuranceEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/tasks/{id:guid}/insurance/roster", Callers.Staff),
        new("GET", "/api/tasks/{id:guid}/insurance/roster", Callers.Staff),
        new("GET", "/api/tasks/{id:guid}/insurance/roster.csv", Callers.Staff),
        new("POST", "/api/insurance/claims", Callers.Staff),
        new("GET", "/api/insurance/claims", Callers.Staff),
        new("POST", "/api/insurance/claims/{id:guid}/pay", Callers.Staff),
        new("POST", "/api/insurance/claims/{id:guid}/decline", Callers.Staff),
    ];
}
