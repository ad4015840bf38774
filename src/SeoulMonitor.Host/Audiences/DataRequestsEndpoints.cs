using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Requests;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// Staff handling of data-subject requests: the open ones (overdue first), registering one received on paper or by
/// phone, completing or refusing, and reading the person's export (access-logged with a required <c>purpose</c>).
/// </summary>
internal static class DataRequestsEndpoints
{
    private const string Subject = "subscriber";

    public static RouteGroupBuilder MapDataRequestEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/data-requests").WithTags("Data-subject requests").RequireAuthorization(Policies.Staff);
        group.MapGet(string.Empty, ListAsync);
        group.MapPost(string.Empty, RegisterAsync);
        group.MapPost("/{id:guid}/complete", CompleteAsync);
        group.MapPost("/{id:guid}/refuse", RefuseAsync);
        group.MapGet("/{id:guid}/export", ExportAsync);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<DataRequestView>>> ListAsync(DataSubjectRequestService requests, CancellationToken cancellationToken) =>
        TypedResults.Ok(await requests.ListOpenAsync(cancellationToken));

    private static async Task<Results<Created<DataRequestView>, ProblemHttpResult>> RegisterAsync(
        StaffDataRequest body, HttpContext http, DataSubjectRequestService requests, CancellationToken cancellationToken) =>
        (await requests.RegisterAsync(http.User.ToActor(), body, cancellationToken)).ToCreatedOrProblem(r => $"/api/data-requests/{r.Id:D}");

    private static async Task<Results<Ok<DataRequestView>, ProblemHttpResult>> CompleteAsync(
        Guid id, DataRequestAnswer? body, HttpContext http, DataSubjectRequestService requests, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        var answer = body ?? new DataRequestAnswer();
        if (answer.Correction is not null)
        {
            // A correction changes personal data: the change is recorded in the access log before it is made.
            var request = await requests.GetAsync(id, cancellationToken);
            if (!request.IsSuccess)
            {
                return request.Error.ToProblem();
            }

            var purpose = $"data-subject correction request {id:D}";
            if (await log.RecordAsync(http, Subject, request.Value.SubscriberPublicId.ToString("D"), AccessAction.Update, purpose, null, 1, cancellationToken) is { } refused)
            {
                return refused.ToProblem();
            }
        }

        return (await requests.CompleteAsync(http.User.ToActor(), id, answer, cancellationToken)).ToOkOrProblem();
    }

    private static async Task<Results<Ok<DataRequestView>, ProblemHttpResult>> RefuseAsync(
        Guid id, ReasonRequest body, HttpContext http, DataSubjectRequestService requests, CancellationToken cancellationToken) =>
        (await requests.RefuseAsync(http.User.ToActor(), id, body.Reason, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<SubscriberExport>, ProblemHttpResult>> ExportAsync(
        Guid id, string? purpose, HttpContext http, DataSubjectRequestService requests, PersonalDataAccessLog log, CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.View, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var request = await requests.GetAsync(id, cancellationToken);
        if (!request.IsSuccess)
        {
            return request.Error.ToProblem();
        }

        var export = await requests.ExportAsync(id, cancellationToken);
        if (!export.IsSuccess)
        {
            return export.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, request.Value.SubscriberPublicId.ToString("D"), AccessAction.View, purpose, null, 1, cancellationToken);
        return refused is null ? TypedResults.Ok(export.Value) : refused.ToProblem();
    }
}
