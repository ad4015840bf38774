using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Subscriptions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// Staff work on one subscriber: read the record and export the consent history as evidence (each read is recorded in
/// the personal-data access log first, with its declared <c>purpose</c>; the export is a download and needs a
/// <c>reason</c>), and withdraw a consent on the person's request.
/// </summary>
internal static class SubscribersEndpoints
{
    private const string Subject = "subscriber";

    public static RouteGroupBuilder MapSubscribersEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/subscribers").WithTags("Subscribers").RequireAuthorization(Policies.Staff);
        group.MapGet("/{publicId:guid}", GetAsync);
        group.MapGet("/{publicId:guid}/consents/history", HistoryAsync);
        group.MapPost("/{publicId:guid}/consents/{id:long}/withdraw", WithdrawAsync);
        return group;
    }

    private static async Task<Results<Ok<SubscriberView>, ProblemHttpResult>> GetAsync(
        Guid publicId, string? purpose, HttpContext http, SubscriberRecords records, PersonalDataAccessLog log, CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.View, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await records.GetAsync(publicId, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, publicId.ToString("D"), AccessAction.View, purpose, null, 1, cancellationToken);
        return refused is null ? TypedResults.Ok(result.Value) : refused.ToProblem();
    }

    private static async Task<Results<Ok<ConsentHistoryExport>, ProblemHttpResult>> HistoryAsync(
        Guid publicId, string? purpose, string? reason, HttpContext http, SubscriberRecords records, PersonalDataAccessLog log, CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.Download, purpose, reason) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var result = await records.HistoryAsync(publicId, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, publicId.ToString("D"), AccessAction.Download, purpose, reason, result.Value.Events.Count, cancellationToken);
        return refused is null ? TypedResults.Ok(result.Value) : refused.ToProblem();
    }

    private static async Task<Results<Ok<ConsentView>, ProblemHttpResult>> WithdrawAsync(
        Guid publicId, long id, SubscribersWithdrawRequest request, HttpContext http, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        (await subscriptions.WithdrawByStaffAsync(http.User.ToActor(), publicId, id, request.Reason, cancellationToken)).ToOkOrProblem();
}
