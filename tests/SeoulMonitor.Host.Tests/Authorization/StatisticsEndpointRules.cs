namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Staff and department officers read the yearly statistics (aggregates only); the department breakdown is for staff.</summary>
public sealed class StatisticsEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("GET", "/api/statistics/yearly", Callers.Staff, Callers.Department),
        new("GET", "/api/statistics/yearly/{year:int}/departments", Callers.Staff),
    ];
}
