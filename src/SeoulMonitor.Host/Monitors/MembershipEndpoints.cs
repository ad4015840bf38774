using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitors;

/// <summary>
/// Staff management of memberships: reads (each access-logged with a required <c>purpose</c>), the CSV download
/// (also a <c>reason</c>), contact changes (logged as updates), every lifecycle event, and the term-expiry job.
/// </summary>
internal static class MembershipEndpoints
{
    private const string Subject = "monitor";

    public static RouteGroupBuilder MapMembershipEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Memberships").RequireAuthorization(Policies.Staff);
        group.MapGet("/memberships", ListAsync);
        group.MapGet("/memberships/export", ExportAsync);
        group.MapGet("/memberships/{id:guid}", GetAsync);
        group.MapPatch("/memberships/{id:guid}/contact", UpdateContactAsync);
        group.MapPost("/memberships/{id:guid}/suspend", SuspendAsync);
        group.MapPost("/memberships/{id:guid}/reinstate", ReinstateAsync);
        group.MapPost("/memberships/{id:guid}/withdraw", WithdrawAsync);
        group.MapPost("/memberships/{id:guid}/remove", RemoveAsync);
        group.MapPost("/memberships/{id:guid}/renew", RenewAsync);
        group.MapPost("/memberships/expire-terms", ExpireTermsAsync);
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<MembershipView>>, ProblemHttpResult>> ListAsync(
        string? purpose, string? state, int? skip, int? take, HttpContext http, MembershipService memberships, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.List, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await memberships.ListAsync(state, skip, take, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, "*", AccessAction.List, purpose, null, result.Value.Count, cancellationToken);
        return refused is null ? TypedResults.Ok(result.Value) : refused.ToProblem();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string? purpose, string? reason, string? state, HttpContext http, MembershipService memberships, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.Download, purpose, reason) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await memberships.ExportAsync(state, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, "*", AccessAction.Download, purpose, reason, result.Value.Count, cancellationToken);
        return refused is null
            ? TypedResults.File(MembershipCsv.ToUtf8WithBom(result.Value), "text/csv; charset=utf-8", "monitors.csv")
            : refused.ToProblem();
    }

    private static async Task<Results<Ok<MembershipView>, ProblemHttpResult>> GetAsync(
        Guid id, string? purpose, HttpContext http, MembershipService memberships, PersonalDataAccessLog log, CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.View, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await memberships.GetAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, id.ToString("D"), AccessAction.View, purpose, null, 1, cancellationToken);
        return refused is null ? TypedResults.Ok(result.Value) : refused.ToProblem();
    }

    private static async Task<Results<Ok<MembershipView>, ProblemHttpResult>> UpdateContactAsync(
        Guid id, string? purpose, ContactChange change, HttpContext http, MembershipService memberships, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.Update, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        // The access is recorded before the change, so that no change of personal data can go unrecorded.
        if (await log.RecordAsync(http, Subject, id.ToString("D"), AccessAction.Update, purpose, null, 1, cancellationToken) is { } refused)
        {
            return refused.ToProblem();
        }

        return (await memberships.UpdateContactAsync(http.User.ToActor(), id, change, cancellationToken)).ToOkOrProblem();
    }

    private static async Task<Results<Ok<MembershipOutcome>, ProblemHttpResult>> SuspendAsync(
        Guid id, ReasonRequest body, HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        (await memberships.SuspendAsync(http.User.ToActor(), id, body.Reason, cancellationToken)).Map(MembershipOutcome.From).ToOkOrProblem();

    private static async Task<Results<Ok<MembershipOutcome>, ProblemHttpResult>> ReinstateAsync(
        Guid id, HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        (await memberships.ReinstateAsync(http.User.ToActor(), id, cancellationToken)).Map(MembershipOutcome.From).ToOkOrProblem();

    private static async Task<Results<Ok<MembershipOutcome>, ProblemHttpResult>> WithdrawAsync(
        Guid id, ReasonRequest? body, HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        (await memberships.WithdrawAsync(http.User.ToActor(), id, body?.Reason, cancellationToken)).Map(MembershipOutcome.From).ToOkOrProblem();

    private static async Task<Results<Ok<MembershipOutcome>, ProblemHttpResult>> RemoveAsync(
        Guid id, ReasonRequest body, HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        (await memberships.RemoveAsync(http.User.ToActor(), id, body.Reason, cancellationToken)).Map(MembershipOutcome.From).ToOkOrProblem();

    private static async Task<Results<Ok<MembershipOutcome>, ProblemHttpResult>> RenewAsync(
        Guid id, HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        (await memberships.RenewAsync(http.User.ToActor(), id, cancellationToken)).Map(MembershipOutcome.From).ToOkOrProblem();

    private static async Task<Ok<TermExpiryRun>> ExpireTermsAsync(MembershipService memberships, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TermExpiryRun(await memberships.ExpireTermsAsync(cancellationToken)));
}
