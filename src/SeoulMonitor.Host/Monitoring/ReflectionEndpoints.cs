using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// The department loop: the department's answers to a sent finding (its officers, or staff on their behalf), staff's
/// reopening after a monitor's dispute, the department's inbox, and the SLA run.
/// </summary>
internal static class ReflectionEndpoints
{
    public static IEndpointRouteBuilder MapReflectionEndpoints(this IEndpointRouteBuilder routes)
    {
        var findings = routes.MapGroup("/api/findings/{id:guid}").WithTags("Reflection");
        findings.MapPost("/acknowledge", AcknowledgeAsync).RequireStaffOrDepartment();
        findings.MapPost("/accept", AcceptAsync).RequireStaffOrDepartment();
        findings.MapPost("/progress", ProgressAsync).RequireStaffOrDepartment();
        findings.MapPost("/reflect", ReflectAsync).RequireStaffOrDepartment();
        findings.MapPost("/reflect-partially", ReflectPartiallyAsync).RequireStaffOrDepartment();
        findings.MapPost("/decline", DeclineAsync).RequireStaffOrDepartment();
        findings.MapPost("/defer-long-term", DeferLongTermAsync).RequireStaffOrDepartment();
        findings.MapPost("/reopen", ReopenAsync).RequireAuthorization(Policies.Staff);

        routes.MapGet("/api/department/findings", InboxAsync).WithTags("Reflection").RequireAuthorization(Policies.Department);
        routes.MapPost("/api/monitoring/reflection/run", RunAsync).WithTags("Reflection").RequireAuthorization(Policies.Staff);
        return routes;
    }

    public static async Task<Results<Ok<DepartmentFindingView>, ProblemHttpResult>> AcknowledgeAsync(
        Guid id, ClaimsPrincipal user, ReflectionService reflection, CancellationToken cancellationToken) =>
        (await reflection.AcknowledgeAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DepartmentFindingView>, ProblemHttpResult>> AcceptAsync(
        Guid id, ReflectionRequest request, ClaimsPrincipal user, ReflectionService reflection, CancellationToken cancellationToken) =>
        (await reflection.AcceptAsync(id, request.ExpectedDate, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DepartmentFindingView>, ProblemHttpResult>> ProgressAsync(
        Guid id, ReflectionRequest request, ClaimsPrincipal user, ReflectionService reflection, CancellationToken cancellationToken) =>
        (await reflection.ProgressAsync(id, request.Percent, request.ExpectedDate, request.Note, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DepartmentFindingView>, ProblemHttpResult>> ReflectAsync(
        Guid id, ReflectionRequest request, ClaimsPrincipal user, ReflectionService reflection, CancellationToken cancellationToken) =>
        (await reflection.ReflectAsync(id, request.Response, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DepartmentFindingView>, ProblemHttpResult>> ReflectPartiallyAsync(
        Guid id, ReflectionRequest request, ClaimsPrincipal user, ReflectionService reflection, CancellationToken cancellationToken) =>
        (await reflection.ReflectPartiallyAsync(id, request.Response, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DepartmentFindingView>, ProblemHttpResult>> DeclineAsync(
        Guid id, ReflectionRequest request, ClaimsPrincipal user, ReflectionService reflection, CancellationToken cancellationToken) =>
        (await reflection.DeclineAsync(id, request.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DepartmentFindingView>, ProblemHttpResult>> DeferLongTermAsync(
        Guid id, ReflectionRequest request, ClaimsPrincipal user, ReflectionService reflection, CancellationToken cancellationToken) =>
        (await reflection.DeferLongTermAsync(id, request.ExpectedDate, request.Note, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DepartmentFindingView>, ProblemHttpResult>> ReopenAsync(
        Guid id, ReflectionRequest request, ClaimsPrincipal user, ReflectionService reflection, CancellationToken cancellationToken) =>
        (await reflection.ReopenAsync(id, request.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    /// <summary>The caller's department's sent findings; <c>state</c> a state name, <c>overdue</c> true/false.</summary>
    public static async Task<Results<Ok<IReadOnlyList<DepartmentFindingView>>, ProblemHttpResult>> InboxAsync(
        string? state, bool? overdue, ClaimsPrincipal user, FindingReader reader, CancellationToken cancellationToken)
    {
        FindingState? filter = null;
        if (state is not null)
        {
            if (!CallerProblems.TryParseName<FindingState>(state, out var parsed))
            {
                return CallerProblems.InvalidChoice<FindingState>("finding.state.invalid", "state");
            }

            filter = parsed;
        }

        return (await reader.InboxAsync(user.ToActor(), filter, overdue, cancellationToken)).ToOkOrProblem();
    }

    public static async Task<Ok<ReflectionSlaRun>> RunAsync(ReflectionSlaService sla, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sla.RunAsync(cancellationToken));
}
