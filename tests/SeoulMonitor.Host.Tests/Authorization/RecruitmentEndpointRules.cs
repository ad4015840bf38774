namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Recruitment: monitors apply, withdraw and list their own; staff manage; departments see counts of their own tasks.</summary>
public sealed class RecruitmentEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/tasks/{id:guid}/applications", Callers.Monitors),
        new("POST", "/api/tasks/{id:guid}/applications/withdraw", Callers.Monitors),
        new("GET", "/api/my/participations", Callers.Monitors),
        new("GET", "/api/tasks/{id:guid}/participants", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/participants/{participationId:guid}/remove", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/close-recruitment", Callers.Staff),
        new("GET", "/api/tasks/{id:guid}/recruitment", Callers.Staff, Callers.Department),
    ];
}
