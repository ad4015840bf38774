using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitors;

/// <summary>
/// Monitor applications: citizens submit anonymously and use their access token (header
/// <see cref="TokenHeader"/>) to check, resubmit or withdraw; staff list, read (access-logged) and screen.
/// </summary>
internal static class ApplicationEndpoints
{
    /// <summary>The header carrying the applicant's access token.</summary>
    public const string TokenHeader = "X-Application-Token";

    private const string Subject = "application";

    public static RouteGroupBuilder MapApplicationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Applications");
        group.MapPost("/applications", SubmitAsync).AllowAnonymous();
        group.MapGet("/applications/{id:guid}/applicant", GetOwnAsync).AllowAnonymous();
        group.MapPost("/applications/{id:guid}/applicant/resubmit", ResubmitAsync).AllowAnonymous();
        group.MapPost("/applications/{id:guid}/applicant/withdraw", WithdrawOwnAsync).AllowAnonymous();
        group.MapGet("/applications", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/applications/{id:guid}", GetAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/applications/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/applications/{id:guid}/reject", RejectAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/applications/{id:guid}/return", ReturnForInfoAsync).RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Created<ApplicationReceipt>, ProblemHttpResult>> SubmitAsync(
        ApplicationForm form, HttpContext http, ApplicationService applications, CancellationToken cancellationToken) =>
        (await applications.SubmitAsync(form, Evidence(http), cancellationToken))
            .ToCreatedOrProblem(r => $"/api/applications/{r.Application.Id:D}/applicant");

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetOwnAsync(
        Guid id, [FromHeader(Name = TokenHeader)] string? token, ApplicationService applications, CancellationToken cancellationToken) =>
        (await applications.GetOwnAsync(id, token, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> ResubmitAsync(
        Guid id, [FromHeader(Name = TokenHeader)] string? token, ApplicationForm form, HttpContext http, ApplicationService applications,
        CancellationToken cancellationToken) =>
        (await applications.ResubmitAsync(id, token, form, Evidence(http), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> WithdrawOwnAsync(
        Guid id, [FromHeader(Name = TokenHeader)] string? token, ApplicationService applications, CancellationToken cancellationToken) =>
        (await applications.WithdrawAsync(id, token, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<IReadOnlyList<ApplicationView>>, ProblemHttpResult>> ListAsync(
        string? purpose, string? state, int? skip, int? take, HttpContext http, ApplicationService applications, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.List, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await applications.ListAsync(state, skip, take, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, "*", AccessAction.List, purpose, null, result.Value.Count, cancellationToken);
        return refused is null ? TypedResults.Ok(result.Value) : refused.ToProblem();
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetAsync(
        Guid id, string? purpose, HttpContext http, ApplicationService applications, PersonalDataAccessLog log, CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.View, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await applications.GetAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, id.ToString("D"), AccessAction.View, purpose, null, 1, cancellationToken);
        return refused is null ? TypedResults.Ok(result.Value) : refused.ToProblem();
    }

    private static async Task<Results<Ok<ApplicationOutcome>, ProblemHttpResult>> ApproveAsync(
        Guid id, HttpContext http, ApplicationService applications, CancellationToken cancellationToken) =>
        (await applications.ApproveAsync(http.User.ToActor(), id, cancellationToken)).Map(ApplicationOutcome.From).ToOkOrProblem();

    private static async Task<Results<Ok<ApplicationOutcome>, ProblemHttpResult>> RejectAsync(
        Guid id, ReasonRequest body, HttpContext http, ApplicationService applications, CancellationToken cancellationToken) =>
        (await applications.RejectAsync(http.User.ToActor(), id, body.Reason, cancellationToken)).Map(ApplicationOutcome.From).ToOkOrProblem();

    private static async Task<Results<Ok<ApplicationOutcome>, ProblemHttpResult>> ReturnForInfoAsync(
        Guid id, ReasonRequest body, HttpContext http, ApplicationService applications, CancellationToken cancellationToken) =>
        (await applications.ReturnForInfoAsync(http.User.ToActor(), id, body.Reason, cancellationToken)).Map(ApplicationOutcome.From).ToOkOrProblem();

    private static ConsentEvidence Evidence(HttpContext http) =>
        new(http.ClientAddress(), http.Request.Headers.UserAgent.ToString());
}
