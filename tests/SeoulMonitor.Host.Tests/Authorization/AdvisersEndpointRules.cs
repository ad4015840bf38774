namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Advisers (personal data) and their consultations (money) are for staff only.</summary>
public sealed class AdvisersEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("GET", "/api/advisers", Callers.Staff),
        new("POST", "/api/advisers", Callers.Staff),
        new("GET", "/api/advisers/{id:guid}", Callers.Staff),
        new("PUT", "/api/advisers/{id:guid}", Callers.Staff),
        new("POST", "/api/advisers/{id:guid}/deactivate", Callers.Staff),
        new("GET", "/api/consultations", Callers.Staff),
        new("POST", "/api/consultations", Callers.Staff),
        new("GET", "/api/consultations/{id:guid}", Callers.Staff),
        new("POST", "/api/consultations/{id:guid}/hold", Callers.Staff),
        new("POST", "/api/consultations/{id:guid}/pay", Callers.Staff),
        new("POST", "/api/consultations/{id:guid}/cancel", Callers.Staff),
    ];
}
