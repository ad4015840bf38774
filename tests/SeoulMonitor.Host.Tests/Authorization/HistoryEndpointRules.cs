namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Importing historical tasks is for staff only.</summary>
public sealed class HistoryEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/monitoring/history/import", Callers.Staff),
        new("POST", "/api/monitoring/history/import-csv", Callers.Staff),
    ];
}
