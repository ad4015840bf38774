using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.AccessLog;

/// <summary>The personal-data access log: the accesses to one subject and the monthly review (staff only).</summary>
internal static class AccessLogEndpoints
{
    public static RouteGroupBuilder MapAccessLogEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/access-log").WithTags("Access log").RequireAuthorization(Policies.Staff);
        group.MapGet("", ForSubjectAsync).WithName("ListSubjectAccesses")
            .WithSummary("Who read one subject's personal data, newest first.");
        group.MapGet("/reviews/{year:int}/{month:int}", GetReviewAsync).WithName("GetAccessReview")
            .WithSummary("The monthly review of one Seoul calendar month (월 1회 접속기록 점검).");
        group.MapPost("/reviews/{year:int}/{month:int}/sign-off", SignOffAsync).WithName("SignOffAccessReview")
            .WithSummary("Signs off an ended month's review, once.");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<PersonalDataAccess>>, ProblemHttpResult>> ForSubjectAsync(
        PersonalDataAccessLog log, string? subjectType, string? subjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(subjectType) || string.IsNullOrWhiteSpace(subjectId))
        {
            return ProblemMapping.Problem(
                ErrorKind.Validation, "access.subject.required",
                "Name the subject with both 'subjectType' and 'subjectId'.", "'subjectType'과 'subjectId'로 대상을 지정하세요.",
                string.IsNullOrWhiteSpace(subjectType) ? "subjectType" : "subjectId");
        }

        Result<IReadOnlyList<PersonalDataAccess>> accesses = Result<IReadOnlyList<PersonalDataAccess>>.Success(
            await log.ForSubjectAsync(subjectType, subjectId, cancellationToken));
        return accesses.ToOkOrProblem();
    }

    private static async Task<Results<Ok<AccessReviewReport>, ProblemHttpResult>> GetReviewAsync(
        PersonalDataAccessLog log, int year, int month, CancellationToken cancellationToken) =>
        (await log.GetMonthlyReviewAsync(year, month, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<AccessReviewSignOff>, ProblemHttpResult>> SignOffAsync(
        PersonalDataAccessLog log, int year, int month, SignOffRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await log.SignOffReviewAsync(year, month, user.ToActor(), request?.Notes, cancellationToken)).ToOkOrProblem();
}
