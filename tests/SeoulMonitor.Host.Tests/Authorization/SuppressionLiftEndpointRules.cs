namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Lifting a suppression and looking one address up in both lists are for staff only.</summary>
public sealed class SuppressionLiftEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/suppressions/{id:long}/lift", Callers.Staff),
        new("GET", "/api/suppressions/lookup", Callers.Staff),
    ];
}
