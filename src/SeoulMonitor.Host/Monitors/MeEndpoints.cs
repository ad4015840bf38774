using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitors;

/// <summary>A monitor's own membership: read it, change contact data and residence, withdraw, renew.</summary>
internal static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("My membership").RequireAuthorization(Policies.Monitor);
        group.MapGet("/me", GetAsync);
        group.MapPatch("/me/contact", UpdateContactAsync);
        group.MapPost("/me/withdraw", WithdrawAsync);
        group.MapPost("/me/renew", RenewAsync);
        return group;
    }

    private static async Task<Results<Ok<MembershipView>, ProblemHttpResult>> GetAsync(
        HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        http.User.MonitorId() is { } id ? (await memberships.GetAsync(id, cancellationToken)).ToOkOrProblem() : NoMonitor();

    private static async Task<Results<Ok<MembershipView>, ProblemHttpResult>> UpdateContactAsync(
        ContactChange change, HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        http.User.MonitorId() is { } id
            ? (await memberships.UpdateContactAsync(Actor.Monitor(id), id, change, cancellationToken)).ToOkOrProblem()
            : NoMonitor();

    private static async Task<Results<Ok<MembershipView>, ProblemHttpResult>> WithdrawAsync(
        ReasonRequest? body, HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        http.User.MonitorId() is { } id
            ? (await memberships.WithdrawAsync(Actor.Monitor(id), id, body?.Reason, cancellationToken)).ToOkOrProblem()
            : NoMonitor();

    private static async Task<Results<Ok<MembershipView>, ProblemHttpResult>> RenewAsync(
        HttpContext http, MembershipService memberships, CancellationToken cancellationToken) =>
        http.User.MonitorId() is { } id
            ? (await memberships.RenewAsync(Actor.Monitor(id), id, cancellationToken)).ToOkOrProblem()
            : NoMonitor();

    private static ProblemHttpResult NoMonitor() => ProblemMapping.Problem(
        ErrorKind.Forbidden, "auth.forbidden", "The token carries no valid monitor id.", "토큰에 올바른 모니터 ID가 없습니다.");
}
