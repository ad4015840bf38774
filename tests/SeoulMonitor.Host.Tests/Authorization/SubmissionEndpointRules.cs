namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Field submissions: monitors post and read their own; staff read all and review; departments never (personal data).</summary>
public sealed class SubmissionEndpointRules : IEndpointRules
{
    private static readonly string[] StaffOrMonitors = [Callers.Staff, .. Callers.Monitors];

    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/tasks/{id:guid}/submissions", Callers.Monitors),
        new("GET", "/api/tasks/{id:guid}/submissions", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/submissions/approve", Callers.Staff),
        new("GET", "/api/my/submissions", Callers.Monitors),
        new("GET", "/api/submissions/{id:guid}", StaffOrMonitors),
        new("GET", "/api/submissions/{id:guid}/photos/{photoId:guid}", StaffOrMonitors),
        new("POST", "/api/submissions/{id:guid}/approve", Callers.Staff),
        new("POST", "/api/submissions/{id:guid}/return", Callers.Staff),
        new("POST", "/api/submissions/{id:guid}/reject", Callers.Staff),
    ];
}
