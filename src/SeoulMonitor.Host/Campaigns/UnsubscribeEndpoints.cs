using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>
/// The public RFC 8058 one-click unsubscribe receiver: <c>POST /api/unsubscribe?t=…</c> (the link in every message's
/// List-Unsubscribe header; <c>token</c> is accepted too). Anonymous. A genuine token suppresses the address the
/// campaign used (200, no body); a malformed or forged one is 400. The answer never reveals whether an address exists.
/// </summary>
internal static class UnsubscribeEndpoints
{
    public static RouteHandlerBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/unsubscribe", UnsubscribeAsync).WithTags("Campaigns").AllowAnonymous().DisableAntiforgery();

    private static async Task<Results<Ok, ProblemHttpResult>> UnsubscribeAsync(
        [FromQuery(Name = "t")] string? t, [FromQuery(Name = "token")] string? token, SuppressionList suppressions, CancellationToken cancellationToken) =>
        await suppressions.UnsubscribeAsync(t ?? token, cancellationToken) ? TypedResults.Ok() : CampaignProblems.TokenInvalid();
}
