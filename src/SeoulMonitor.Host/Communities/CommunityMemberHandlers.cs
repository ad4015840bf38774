using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Communities;

/// <summary>The handlers of join requests, invitations, leaving and removal (mapped in <see cref="CommunityEndpoints"/>).</summary>
internal static class CommunityMemberHandlers
{
    public static Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> RequestToJoinAsync(
        Guid id, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        AsMonitorAsync(user, m => members.RequestToJoinAsync(id, m, cancellationToken));

    public static Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> WithdrawRequestAsync(
        Guid id, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        AsMonitorAsync(user, m => members.WithdrawRequestAsync(id, m, cancellationToken));

    public static Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> AcceptInvitationAsync(
        Guid id, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        AsMonitorAsync(user, m => members.AcceptInvitationAsync(id, m, cancellationToken));

    public static Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> DeclineInvitationAsync(
        Guid id, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        AsMonitorAsync(user, m => members.DeclineInvitationAsync(id, m, cancellationToken));

    public static Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> LeaveAsync(
        Guid id, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        AsMonitorAsync(user, m => members.LeaveAsync(id, m, cancellationToken));

    public static async Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> AcceptRequestAsync(
        Guid id, Guid monitorId, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        (await members.AcceptRequestAsync(id, monitorId, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> DeclineRequestAsync(
        Guid id, Guid monitorId, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        (await members.DeclineRequestAsync(id, monitorId, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> InviteAsync(
        Guid id, MonitorRefRequest request, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken)
    {
        if (request.MonitorId is not { } invitee)
        {
            return CallerProblems.Required("community.monitor_id.required", "monitorId");
        }

        return (await members.InviteAsync(id, invitee, user.ToActor(), cancellationToken)).ToOkOrProblem();
    }

    public static async Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> RevokeInvitationAsync(
        Guid id, Guid monitorId, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        (await members.RevokeInvitationAsync(id, monitorId, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> RemoveAsync(
        Guid id, Guid monitorId, CommunityReasonRequest request, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        (await members.RemoveAsync(id, monitorId, request.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<CommunityMemberView>>, ProblemHttpResult>> MembersAsync(
        Guid id, ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        (await members.MembersAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<MonitorCommunityView>>, ProblemHttpResult>> MineAsync(
        ClaimsPrincipal user, CommunityMembershipService members, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? TypedResults.Ok(await members.ForMonitorAsync(monitorId, cancellationToken))
            : CallerProblems.MonitorIdInvalid();

    private static async Task<Results<Ok<CommunityMemberView>, ProblemHttpResult>> AsMonitorAsync(
        ClaimsPrincipal user, Func<Guid, Task<Result<CommunityMemberView>>> work) =>
        user.MonitorId() is { } monitorId ? (await work(monitorId)).ToOkOrProblem() : CallerProblems.MonitorIdInvalid();
}
