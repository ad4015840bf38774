using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Audiences.Requests;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// A citizen's own data-subject requests: start with an address and a kind (a confirmation link goes to that address;
/// the answer never says whether it is held), then confirm with the link's token (an access request answers at once).
/// </summary>
internal static class MyDataEndpoints
{
    public static RouteGroupBuilder MapMyDataEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/my-data").WithTags("My data").AllowAnonymous();
        group.MapPost("/requests", StartAsync);
        group.MapPost("/requests/confirm", ConfirmAsync);
        return group;
    }

    private static async Task<Results<Accepted<MyDataStarted>, ProblemHttpResult>> StartAsync(
        MyDataStartRequest body, DataSubjectRequestService requests, CancellationToken cancellationToken)
    {
        var result = await requests.StartAsync(body.Address, body.Kind, cancellationToken);
        return result.IsSuccess ? TypedResults.Accepted((string?)null, MyDataStarted.Instance) : result.Error.ToProblem();
    }

    private static async Task<Results<Ok<DataRequestReceipt>, ProblemHttpResult>> ConfirmAsync(
        MyDataConfirmRequest body, DataSubjectRequestService requests, CancellationToken cancellationToken) =>
        (await requests.ConfirmAsync(body.Token, cancellationToken)).ToOkOrProblem();
}
