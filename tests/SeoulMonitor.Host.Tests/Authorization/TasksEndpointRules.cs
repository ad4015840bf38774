namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>
/// Departments, demands, tasks and forms: staff run them; department officers submit and read their own; community
/// leaders propose; monitors read tasks past planning and the recruiting list.
/// </summary>
public sealed class TasksEndpointRules : IEndpointRules
{
    private static readonly string[] StaffOrDepartment = [Callers.Staff, Callers.Department];
    private static readonly string[] Requesters = [Callers.Staff, Callers.Department, Callers.CommunityLeader];
    private static readonly string[] Readers = [Callers.Staff, Callers.Department, .. Callers.Monitors];

    public static IEnumerable<EndpointRule> Rules =>
    [
        new("GET", "/api/departments", Callers.Staff),
        new("POST", "/api/departments", Callers.Staff),
        new("PUT", "/api/departments/{id:guid}", Callers.Staff),
        new("GET", "/api/departments/mine", Callers.Department),
        new("POST", "/api/demand-rounds", Callers.Staff),
        new("GET", "/api/demand-rounds", StaffOrDepartment),
        new("POST", "/api/demands", Requesters),
        new("GET", "/api/demands", StaffOrDepartment),
        new("GET", "/api/demands/{id:guid}", Requesters),
        new("POST", "/api/demands/{id:guid}/select", Callers.Staff),
        new("POST", "/api/demands/{id:guid}/reject", Callers.Staff),
        new("POST", "/api/demands/{id:guid}/defer", Callers.Staff),
        new("POST", "/api/demands/{id:guid}/return", Callers.Staff),
        new("POST", "/api/demands/{id:guid}/reopen", Callers.Staff),
        new("POST", "/api/demands/{id:guid}/resubmit", Requesters),
        new("POST", "/api/demands/{id:guid}/withdraw", Requesters),
        new("POST", "/api/tasks", Callers.Staff),
        new("GET", "/api/tasks", StaffOrDepartment),
        new("GET", "/api/tasks/open", Callers.Monitors),
        new("GET", "/api/tasks/{id:guid}", Readers),
        new("PUT", "/api/tasks/{id:guid}", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/open-recruitment", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/open-fieldwork", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/close-fieldwork", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/start-consolidation", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/close", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/cancel", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/forms", Callers.Staff),
        new("GET", "/api/tasks/{id:guid}/forms", Readers),
        new("GET", "/api/tasks/{id:guid}/forms/{number:int}", Readers),
    ];
}
