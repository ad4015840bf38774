namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Awards: staff run cycles and read nominations and invitations; a monitor reads only their own score.</summary>
public sealed class AwardsEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/awards/cycles", Callers.Staff),
        new("GET", "/api/awards/cycles/{year:int}", Callers.Staff),
        new("POST", "/api/awards/cycles/{year:int}/compute", Callers.Staff),
        new("POST", "/api/awards/cycles/{year:int}/start-review", Callers.Staff),
        new("POST", "/api/awards/cycles/{year:int}/decide", Callers.Staff),
        new("POST", "/api/awards/cycles/{year:int}/announce", Callers.Staff),
        new("GET", "/api/awards/cycles/{year:int}/nominations", Callers.Staff),
        new("GET", "/api/awards/cycles/{year:int}/invitations", Callers.Staff),
        new("GET", "/api/my/award-score", Callers.Monitors),
    ];
}
