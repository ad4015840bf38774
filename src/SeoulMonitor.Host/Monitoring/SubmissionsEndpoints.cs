using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Field submissions: monitors post from the field and read their own; staff page through a task's submissions,
/// read any (access-logged with a <c>purpose</c>) and review them. Departments have no access: submissions carry
/// personal data.
/// </summary>
internal static class SubmissionsEndpoints
{
    /// <summary>Room for the multipart boundaries, part headers and the submission JSON around the photos.</summary>
    public const long EnvelopeBytes = 512 * 1024;

    /// <summary>The largest accepted submission body.</summary>
    public const long MaxBodyBytes = SubmissionLimits.MaxTotalBytes + EnvelopeBytes;

    public static RouteGroupBuilder MapSubmissionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Submissions");
        group.MapPost("/tasks/{id:guid}/submissions", SubmissionUploadHandler.SubmitAsync)
            .RequireAuthorization(Policies.Monitor)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxBodyBytes, valueLengthLimit: SubmissionLimits.MaxAnswersLength * 4);
        group.MapGet("/tasks/{id:guid}/submissions", SubmissionReadHandlers.ForTaskAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/tasks/{id:guid}/submissions/approve", ApproveManyAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/my/submissions", SubmissionReadHandlers.MineAsync).RequireAuthorization(Policies.Monitor);
        group.MapGet("/submissions/{id:guid}", SubmissionReadHandlers.GetAsync).RequireStaffOrMonitor();
        group.MapGet("/submissions/{id:guid}/photos/{photoId:guid}", SubmissionReadHandlers.PhotoAsync).RequireStaffOrMonitor();
        group.MapPost("/submissions/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/submissions/{id:guid}/return", ReturnAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/submissions/{id:guid}/reject", RejectAsync).RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> ApproveAsync(
        Guid id, SubmissionReviewRequest? request, ClaimsPrincipal user, ReviewService review, CancellationToken cancellationToken) =>
        (await review.ApproveAsync(id, user.ToActor(), request?.Reason, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> ReturnAsync(
        Guid id, SubmissionReviewRequest? request, ClaimsPrincipal user, ReviewService review, CancellationToken cancellationToken) =>
        (await review.ReturnAsync(id, user.ToActor(), request?.Reason, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> RejectAsync(
        Guid id, SubmissionReviewRequest? request, ClaimsPrincipal user, ReviewService review, CancellationToken cancellationToken) =>
        (await review.RejectAsync(id, user.ToActor(), request?.Reason, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<IReadOnlyList<SubmissionView>>, ProblemHttpResult>> ApproveManyAsync(
        Guid id, SubmissionBulkApproveRequest request, ClaimsPrincipal user, ReviewService review, CancellationToken cancellationToken) =>
        (await review.ApproveManyAsync(id, request.Ids ?? [], user.ToActor(), request.Note, cancellationToken)).ToOkOrProblem();
}
