using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Audiences.Subscriptions;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// What citizens do without signing in: subscribe (double opt-in; the answer never reveals existing subscriptions),
/// confirm, withdraw with the manage token, re-consent. Also maps the lists and subscribers endpoints.
/// </summary>
internal static class SubscriptionsEndpoints
{
    public static RouteGroupBuilder MapSubscriptionsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapListsEndpoints();
        routes.MapSubscribersEndpoints();
        var group = routes.MapGroup("/api/subscriptions").WithTags("Subscriptions").AllowAnonymous().DisableAntiforgery();
        group.MapPost("", SubscribeAsync);
        group.MapPost("/confirm", ConfirmAsync);
        group.MapPost("/withdraw", WithdrawAsync);
        group.MapPost("/reconsent", ReconsentAsync);
        return group;
    }

    private static async Task<Results<Accepted<SubscriptionsAccepted>, ProblemHttpResult>> SubscribeAsync(
        SubscribeRequest request, HttpContext http, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        var result = await subscriptions.SubscribeAsync(request, Evidence(http), cancellationToken);
        return result.IsSuccess ? TypedResults.Accepted((string?)null, SubscriptionsAccepted.Instance) : result.Error.ToProblem();
    }

    private static async Task<Results<Ok<ConfirmationResult>, ProblemHttpResult>> ConfirmAsync(
        SubscriptionsTokenRequest request, HttpContext http, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        (await subscriptions.ConfirmAsync(request.Token, Evidence(http), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<IReadOnlyList<ConsentView>>, ProblemHttpResult>> WithdrawAsync(
        WithdrawRequest request, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        (await subscriptions.WithdrawAsync(request, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<ConfirmationResult>, ProblemHttpResult>> ReconsentAsync(
        SubscriptionsTokenRequest request, HttpContext http, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        (await subscriptions.ReaffirmAsync(request.Token, Evidence(http), cancellationToken)).ToOkOrProblem();

    private static ConsentEvidence Evidence(HttpContext http) =>
        new(http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString());
}
