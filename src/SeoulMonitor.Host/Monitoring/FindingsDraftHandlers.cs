using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>Staff changes to a draft finding.</summary>
internal static class FindingsDraftHandlers
{
    public static async Task<Results<Ok<FindingView>, ProblemHttpResult>> EditAsync(
        Guid id, FindingEditRequest request, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.EditAsync(id, request.Title, request.Summary, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<FindingView>, ProblemHttpResult>> MergeAsync(
        Guid id, FindingMergeRequest request, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.MergeAsync(id, request.OtherIds, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Created<FindingView>, ProblemHttpResult>> SplitAsync(
        Guid id, FindingSplitRequest request, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.SplitAsync(id, request.SubmissionIds, request.Title, request.Summary, user.ToActor(), cancellationToken))
            .ToCreatedOrProblem(f => $"/api/findings/{f.Id:D}");

    public static async Task<Results<Ok<FindingView>, ProblemHttpResult>> AddQuoteAsync(
        Guid id, FindingQuoteRequest request, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.AddQuoteAsync(id, request.SubmissionId, request.Text, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<FindingView>, ProblemHttpResult>> RemoveQuoteAsync(
        Guid id, Guid quoteId, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.RemoveQuoteAsync(id, quoteId, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<FindingView>, ProblemHttpResult>> AddPhotoAsync(
        Guid id, FindingPhotoRequest request, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.AddPhotoAsync(id, request.PhotoId, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<FindingView>, ProblemHttpResult>> RemovePhotoAsync(
        Guid id, Guid photoId, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.RemovePhotoAsync(id, photoId, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
