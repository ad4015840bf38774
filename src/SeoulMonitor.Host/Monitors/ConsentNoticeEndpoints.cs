using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitors;

/// <summary>The consent notice applicants agree to: anyone reads it (the application form shows it); staff publish versions.</summary>
internal static class ConsentNoticeEndpoints
{
    public static RouteGroupBuilder MapConsentNoticeEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Consent notices");
        group.MapGet("/consent-notices/current", GetCurrentAsync).AllowAnonymous();
        group.MapGet("/consent-notices/{id:guid}", GetAsync).AllowAnonymous();
        group.MapGet("/consent-notices", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/consent-notices", PublishAsync).RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Ok<ConsentNoticeView>, ProblemHttpResult>> GetCurrentAsync(
        ConsentNoticeService notices, CancellationToken cancellationToken) =>
        (await notices.GetCurrentAsync(cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<ConsentNoticeView>, ProblemHttpResult>> GetAsync(
        Guid id, ConsentNoticeService notices, CancellationToken cancellationToken) =>
        (await notices.GetAsync(id, cancellationToken)).ToOkOrProblem();

    private static async Task<Ok<IReadOnlyList<ConsentNoticeView>>> ListAsync(ConsentNoticeService notices, CancellationToken cancellationToken) =>
        TypedResults.Ok(await notices.ListAsync(cancellationToken));

    private static async Task<Results<Created<ConsentNoticeView>, ProblemHttpResult>> PublishAsync(
        ConsentNoticeDraft draft, HttpContext http, ConsentNoticeService notices, CancellationToken cancellationToken) =>
        (await notices.PublishAsync(http.User.ToActor(), draft, cancellationToken)).ToCreatedOrProblem(n => $"/api/consent-notices/{n.Id:D}");
}
