using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Recruitment: monitors apply, withdraw and see their own participations; staff list participants (access-logged),
/// remove one with a reason and close recruitment; staff and the task's own department see the counts.
/// </summary>
internal static class RecruitmentEndpoints
{
    public static IEndpointRouteBuilder MapRecruitmentEndpoints(this IEndpointRouteBuilder routes)
    {
        var tasks = routes.MapGroup("/api/tasks/{id:guid}").WithTags("Recruitment");
        tasks.MapPost("/applications", ApplyAsync).RequireAuthorization(Policies.Monitor);
        tasks.MapPost("/applications/withdraw", WithdrawAsync).RequireAuthorization(Policies.Monitor);
        tasks.MapGet("/participants", RecruitmentStaffHandlers.ParticipantsAsync).RequireAuthorization(Policies.Staff);
        tasks.MapPost("/participants/{participationId:guid}/remove", RecruitmentStaffHandlers.RemoveAsync).RequireAuthorization(Policies.Staff);
        tasks.MapPost("/close-recruitment", RecruitmentStaffHandlers.CloseAsync).RequireAuthorization(Policies.Staff);
        tasks.MapGet("/recruitment", RecruitmentStaffHandlers.CountsAsync).RequireAuthorization(p => p.RequireAssertion(c =>
            c.User.IsInRole(Roles.Staff) || (c.User.IsInRole(Roles.Department) && c.User.HasClaim(x => x.Type == ClaimNames.Department))));
        routes.MapGroup("/api/my").WithTags("Recruitment")
            .MapGet("/participations", MineAsync).RequireAuthorization(Policies.Monitor);
        return routes;
    }

    public static async Task<Results<Created<ParticipationView>, ProblemHttpResult>> ApplyAsync(
        Guid id, ClaimsPrincipal user, RecruitmentService recruitment, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? (await recruitment.ApplyAsync(id, monitorId, cancellationToken)).ToCreatedOrProblem(_ => "/api/my/participations")
            : CallerProblems.MonitorIdInvalid();

    public static async Task<Results<Ok<ParticipationView>, ProblemHttpResult>> WithdrawAsync(
        Guid id, ClaimsPrincipal user, RecruitmentService recruitment, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? (await recruitment.WithdrawAsync(id, monitorId, cancellationToken)).ToOkOrProblem()
            : CallerProblems.MonitorIdInvalid();

    public static async Task<Results<Ok<IReadOnlyList<MyParticipationView>>, ProblemHttpResult>> MineAsync(
        ClaimsPrincipal user, RecruitmentService recruitment, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? TypedResults.Ok(await recruitment.MyParticipationsAsync(monitorId, cancellationToken))
            : CallerProblems.MonitorIdInvalid();
}
