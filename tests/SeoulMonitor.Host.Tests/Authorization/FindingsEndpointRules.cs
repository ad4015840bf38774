namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Findings, the department loop and reports: staff consolidate; the department reads and answers its own; monitors read theirs.</summary>
public sealed class FindingsEndpointRules : IEndpointRules
{
    private static readonly string[] StaffOrDepartment = [Callers.Staff, Callers.Department];

    public static IEnumerable<EndpointRule> Rules =>
    [
        new("GET", "/api/tasks/{id:guid}/statistics", StaffOrDepartment),
        new("GET", "/api/tasks/{id:guid}/findings", StaffOrDepartment),
        new("POST", "/api/tasks/{id:guid}/findings", Callers.Staff),
        new("POST", "/api/tasks/{id:guid}/findings/send", Callers.Staff),
        new("GET", "/api/findings/{id:guid}", StaffOrDepartment),
        new("PUT", "/api/findings/{id:guid}", Callers.Staff),
        new("POST", "/api/findings/{id:guid}/merge", Callers.Staff),
        new("POST", "/api/findings/{id:guid}/split", Callers.Staff),
        new("POST", "/api/findings/{id:guid}/quotes", Callers.Staff),
        new("DELETE", "/api/findings/{id:guid}/quotes/{quoteId:guid}", Callers.Staff),
        new("POST", "/api/findings/{id:guid}/photos", Callers.Staff),
        new("DELETE", "/api/findings/{id:guid}/photos/{photoId:guid}", Callers.Staff),
        new("GET", "/api/findings/{id:guid}/photos/{photoId:guid}", StaffOrDepartment),
        new("GET", "/api/my/findings", Callers.Monitors),
        new("POST", "/api/findings/{id:guid}/acknowledge", StaffOrDepartment),
        new("POST", "/api/findings/{id:guid}/accept", StaffOrDepartment),
        new("POST", "/api/findings/{id:guid}/progress", StaffOrDepartment),
        new("POST", "/api/findings/{id:guid}/reflect", StaffOrDepartment),
        new("POST", "/api/findings/{id:guid}/reflect-partially", StaffOrDepartment),
        new("POST", "/api/findings/{id:guid}/decline", StaffOrDepartment),
        new("POST", "/api/findings/{id:guid}/defer-long-term", StaffOrDepartment),
        new("POST", "/api/findings/{id:guid}/reopen", Callers.Staff),
        new("GET", "/api/department/findings", Callers.Department),
        new("POST", "/api/monitoring/reflection/run", Callers.Staff),
        new("GET", "/api/tasks/{id:guid}/report.csv", StaffOrDepartment),
        new("GET", "/api/tasks/{id:guid}/report.xlsx", StaffOrDepartment),
    ];
}
