namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Training: staff run sessions; monitors register, cancel, check in and see their history.</summary>
public sealed class TrainingEndpointRules : IEndpointRules
{
    private static readonly string[] StaffOrMonitors = [Callers.Staff, .. Callers.Monitors];

    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/training-sessions", Callers.Staff),
        new("GET", "/api/training-sessions", StaffOrMonitors),
        new("GET", "/api/training-sessions/{id:guid}", StaffOrMonitors),
        new("POST", "/api/training-sessions/{id:guid}/close-registration", Callers.Staff),
        new("POST", "/api/training-sessions/{id:guid}/complete", Callers.Staff),
        new("POST", "/api/training-sessions/{id:guid}/cancel", Callers.Staff),
        new("GET", "/api/training-sessions/{id:guid}/registrations", Callers.Staff),
        new("POST", "/api/training-sessions/{id:guid}/registrations", Callers.Monitors),
        new("POST", "/api/training-sessions/{id:guid}/registrations/mine/cancel", Callers.Monitors),
        new("POST", "/api/training-sessions/{id:guid}/registrations/mine/code", Callers.Monitors),
        new("POST", "/api/training-sessions/{id:guid}/registrations/{monitorId:guid}/cancel", Callers.Staff),
        new("POST", "/api/training-sessions/{id:guid}/check-in", Callers.Monitors),
        new("GET", "/api/me/training", Callers.Monitors),
    ];
}
