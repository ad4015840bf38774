using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>The staff and department handlers of recruitment (mapped in <see cref="RecruitmentEndpoints"/>).</summary>
internal static class RecruitmentStaffHandlers
{
    /// <summary>Staff: the participants with names; the read is access-logged with the declared <c>purpose</c>.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ParticipantView>>, ProblemHttpResult>> ParticipantsAsync(
        Guid id, string? purpose, HttpContext http, RecruitmentService recruitment, CancellationToken cancellationToken) =>
        (await recruitment.ParticipantsAsync(id, http.User.ToActor(), purpose, http.ClientAddress(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<ParticipationView>, ProblemHttpResult>> RemoveAsync(
        Guid id, Guid participationId, RecruitmentReasonRequest? request, ClaimsPrincipal user, RecruitmentService recruitment,
        CancellationToken cancellationToken) =>
        (await recruitment.RemoveAsync(id, participationId, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<RecruitmentCounts>, ProblemHttpResult>> CloseAsync(
        Guid id, ClaimsPrincipal user, RecruitmentService recruitment, CancellationToken cancellationToken) =>
        (await recruitment.CloseRecruitmentAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    /// <summary>Staff see any task's counts; a department officer only their own department's (another's is not found).</summary>
    public static async Task<Results<Ok<RecruitmentCounts>, ProblemHttpResult>> CountsAsync(
        Guid id, ClaimsPrincipal user, RecruitmentService recruitment, CancellationToken cancellationToken)
    {
        var result = await recruitment.CountsAsync(id, cancellationToken);
        if (result.IsSuccess && !user.IsInRole(Roles.Staff) && !string.Equals(result.Value.Department, user.Department(), StringComparison.Ordinal))
        {
            return RecruitmentErrors.TaskNotFound.ToProblem();
        }

        return result.ToOkOrProblem();
    }
}
