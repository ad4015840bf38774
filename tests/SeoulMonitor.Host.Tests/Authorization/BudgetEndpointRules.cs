namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>The budget is for staff only: nobody else reads or changes it.</summary>
public sealed class BudgetEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/budget/load", Callers.Staff),
        new("POST", "/api/budget/upload", Callers.Staff),
        new("GET", "/api/budget/years", Callers.Staff),
        new("POST", "/api/budget/years", Callers.Staff),
        new("GET", "/api/budget/years/{year:int}/report", Callers.Staff),
        new("GET", "/api/budget/years/{year:int}/report.csv", Callers.Staff),
        new("POST", "/api/budget/years/{year:int}/lines", Callers.Staff),
        new("POST", "/api/budget/years/{year:int}/close", Callers.Staff),
        new("POST", "/api/budget/years/{year:int}/reopen", Callers.Staff),
        new("PUT", "/api/budget/lines/{id:guid}", Callers.Staff),
    ];
}
