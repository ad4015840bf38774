namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Stipends and payouts: only staff change or list money; a monitor reads their own stipends.</summary>
public sealed class StipendsEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/stipends/rules", Callers.Staff),
        new("GET", "/api/stipends/rules", Callers.Staff),
        new("POST", "/api/stipends/recalculate", Callers.Staff),
        new("GET", "/api/stipends", Callers.Staff),
        new("GET", "/api/stipends/totals", Callers.Staff),
        new("GET", "/api/stipends/check", Callers.Staff),
        new("POST", "/api/stipends/approve", Callers.Staff),
        new("POST", "/api/stipends/{id:guid}/hold", Callers.Staff),
        new("POST", "/api/stipends/{id:guid}/release", Callers.Staff),
        new("POST", "/api/stipends/payouts", Callers.Staff),
        new("GET", "/api/stipends/payouts/{id:guid}", Callers.Staff),
        new("GET", "/api/stipends/payouts/{id:guid}.csv", Callers.Staff),
        new("POST", "/api/stipends/payouts/{id:guid}/paid", Callers.Staff),
        new("GET", "/api/stipends/recoveries", Callers.Staff),
        new("GET", "/api/stipends/recoveries/check", Callers.Staff),
        new("POST", "/api/stipends/recoveries/{id:guid}/collected", Callers.Staff),
        new("GET", "/api/my/stipends", Callers.Monitors),
        new("GET", "/api/my/stipends/recoveries", Callers.Monitors),
    ];
}
