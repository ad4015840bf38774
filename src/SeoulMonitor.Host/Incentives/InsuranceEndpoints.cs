using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Incentives.Insurance;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Incentives;

/// <summary>
/// Injury insurance (staff only): a task's coverage roster (draw up, read, export for the insurer, access-logged), and
/// claims with the insurer's outcome; premiums in <see cref="InsurancePremiumEndpoints"/>.
/// </summary>
internal static class InsuranceEndpoints
{
    public static IEndpointRouteBuilder MapInsuranceEndpoints(this IEndpointRouteBuilder routes)
    {
        var roster = routes.MapGroup("/api/tasks/{id:guid}/insurance").WithTags("Insurance").RequireAuthorization(Policies.Staff);
        roster.MapPost("/roster", DrawUpAsync);
        roster.MapGet("/roster", GetAsync);
        roster.MapGet("/roster.csv", ExportAsync);
        var claims = routes.MapGroup("/api/insurance/claims").WithTags("Insurance").RequireAuthorization(Policies.Staff);
        claims.MapPost("", FileAsync);
        claims.MapGet("", ListAsync);
        claims.MapPost("/{id:guid}/pay", PayAsync);
        claims.MapPost("/{id:guid}/decline", DeclineAsync);
        routes.MapInsurancePremiumEndpoints();
        return routes;
    }

    public static async Task<Results<Ok<CoverageRosterView>, ProblemHttpResult>> DrawUpAsync(
        Guid id, ClaimsPrincipal user, RosterService rosters, CancellationToken cancellationToken) =>
        (await rosters.DrawUpAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CoverageRosterView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, RosterService rosters, CancellationToken cancellationToken) =>
        (await rosters.GetAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    /// <summary>The insurer's CSV; <c>purpose</c> is required and recorded in the access log before the file is made.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        Guid id, string? purpose, string? reason, HttpContext http, RosterService rosters, CancellationToken cancellationToken)
    {
        var export = await rosters.ExportAsync(id, http.User.ToActor(), purpose, reason, http.ClientAddress(), cancellationToken);
        return export.IsSuccess
            ? TypedResults.File(export.Value.Content, RosterExport.ContentType, export.Value.FileName)
            : export.Error.ToProblem();
    }

    public static async Task<Results<Created<InsuranceClaimView>, ProblemHttpResult>> FileAsync(
        InsuranceClaimRequest? request, ClaimsPrincipal user, InsuranceClaimService claims, CancellationToken cancellationToken)
    {
        if (request?.TaskId is not { } taskId)
        {
            return CallerProblems.Required("insurance.task_id.required", "taskId");
        }

        if (request.MonitorId is not { } monitorId)
        {
            return CallerProblems.Required("insurance.monitor_id.required", "monitorId");
        }

        if (request.IncidentAt is not { } at)
        {
            return CallerProblems.Required("insurance.incident_at.required", "incidentAt");
        }

        return (await claims.FileAsync(new FileClaimRequest(taskId, monitorId, at, request.Description), user.ToActor(), cancellationToken))
            .ToCreatedOrProblem(c => $"/api/insurance/claims/{c.Id}");
    }

    public static async Task<Results<Ok<IReadOnlyList<InsuranceClaimView>>, ProblemHttpResult>> ListAsync(
        int? year, string? purpose, HttpContext http, InsuranceClaimService claims, CancellationToken cancellationToken) =>
        year is { } y
            ? (await claims.ListAsync(y, http.User.ToActor(), purpose, http.ClientAddress(), cancellationToken)).ToOkOrProblem()
            : CallerProblems.Required("insurance.year.required", "year");

    public static async Task<Results<Ok<InsuranceClaimView>, ProblemHttpResult>> PayAsync(
        Guid id, InsurancePayRequest? request, ClaimsPrincipal user, InsuranceClaimService claims, CancellationToken cancellationToken) =>
        request?.Amount is { } amount
            ? (await claims.PayAsync(id, amount, user.ToActor(), cancellationToken)).ToOkOrProblem()
            : CallerProblems.Required("insurance.amount.required", "amount");

    public static async Task<Results<Ok<InsuranceClaimView>, ProblemHttpResult>> DeclineAsync(
        Guid id, InsuranceDeclineRequest? request, ClaimsPrincipal user, InsuranceClaimService claims, CancellationToken cancellationToken) =>
        (await claims.DeclineAsync(id, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
