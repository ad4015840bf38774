using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Communities;

/// <summary>Communities: founding and staff decisions here; joining and leaving in <see cref="CommunityMemberHandlers"/>.</summary>
internal static class CommunityEndpoints
{
    public static RouteGroupBuilder MapCommunityEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/communities").WithTags("Communities");
        group.MapPost("", FoundAsync).RequireAuthorization(Policies.Monitor);
        group.MapGet("", ListAsync).RequireStaffOrMonitor();
        group.MapGet("/{id:guid}", GetAsync).RequireStaffOrMonitor();
        group.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/reject", RejectAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/dissolve", DissolveAsync).RequireStaffOrCommunityLeader();
        group.MapPost("/{id:guid}/hand-over", HandOverAsync).RequireStaffOrCommunityLeader();
        group.MapGet("/{id:guid}/members", CommunityMemberHandlers.MembersAsync).RequireStaffOrCommunityLeader();
        group.MapPost("/{id:guid}/join-requests", CommunityMemberHandlers.RequestToJoinAsync).RequireAuthorization(Policies.Monitor);
        group.MapPost("/{id:guid}/join-requests/mine/withdraw", CommunityMemberHandlers.WithdrawRequestAsync).RequireAuthorization(Policies.Monitor);
        group.MapPost("/{id:guid}/join-requests/{monitorId:guid}/accept", CommunityMemberHandlers.AcceptRequestAsync).RequireStaffOrCommunityLeader();
        group.MapPost("/{id:guid}/join-requests/{monitorId:guid}/decline", CommunityMemberHandlers.DeclineRequestAsync).RequireStaffOrCommunityLeader();
        group.MapPost("/{id:guid}/invitations", CommunityMemberHandlers.InviteAsync).RequireStaffOrCommunityLeader();
        group.MapPost("/{id:guid}/invitations/{monitorId:guid}/revoke", CommunityMemberHandlers.RevokeInvitationAsync).RequireStaffOrCommunityLeader();
        group.MapPost("/{id:guid}/invitations/mine/accept", CommunityMemberHandlers.AcceptInvitationAsync).RequireAuthorization(Policies.Monitor);
        group.MapPost("/{id:guid}/invitations/mine/decline", CommunityMemberHandlers.DeclineInvitationAsync).RequireAuthorization(Policies.Monitor);
        group.MapPost("/{id:guid}/leave", CommunityMemberHandlers.LeaveAsync).RequireAuthorization(Policies.Monitor);
        group.MapPost("/{id:guid}/members/{monitorId:guid}/remove", CommunityMemberHandlers.RemoveAsync).RequireStaffOrCommunityLeader();
        return group;
    }

    /// <summary>The caller's own communities, requests and invitations.</summary>
    public static RouteGroupBuilder MapMyCommunityEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/me/communities").WithTags("Communities");
        group.MapGet("", CommunityMemberHandlers.MineAsync).RequireAuthorization(Policies.Monitor);
        return group;
    }

    public static async Task<Results<Created<CommunityView>, ProblemHttpResult>> FoundAsync(
        FoundCommunityRequest request, ClaimsPrincipal user, CommunityService communities, CancellationToken cancellationToken)
    {
        if (user.MonitorId() is not { } monitorId)
        {
            return CallerProblems.MonitorIdInvalid();
        }

        return (await communities.FoundAsync(monitorId, request, cancellationToken)).ToCreatedOrProblem(c => $"/api/communities/{c.Id:D}");
    }

    public static async Task<Results<Ok<IReadOnlyList<CommunityView>>, ProblemHttpResult>> ListAsync(
        string? state, CommunityService communities, CancellationToken cancellationToken)
    {
        CommunityState? filter = null;
        if (state is not null)
        {
            if (!CallerProblems.TryParseName<CommunityState>(state, out var parsed))
            {
                return CallerProblems.InvalidChoice<CommunityState>("community.state.invalid", "state");
            }

            filter = parsed;
        }

        return TypedResults.Ok(await communities.ListAsync(filter, cancellationToken));
    }

    public static async Task<Results<Ok<CommunityView>, ProblemHttpResult>> GetAsync(Guid id, CommunityService communities, CancellationToken cancellationToken) =>
        (await communities.GetAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityView>, ProblemHttpResult>> ApproveAsync(
        Guid id, ClaimsPrincipal user, CommunityService communities, CancellationToken cancellationToken) =>
        (await communities.ApproveAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityView>, ProblemHttpResult>> RejectAsync(
        Guid id, CommunityReasonRequest request, ClaimsPrincipal user, CommunityService communities, CancellationToken cancellationToken) =>
        (await communities.RejectAsync(id, request.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityView>, ProblemHttpResult>> DissolveAsync(
        Guid id, CommunityReasonRequest? request, ClaimsPrincipal user, CommunityService communities, CancellationToken cancellationToken) =>
        (await communities.DissolveAsync(id, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityView>, ProblemHttpResult>> HandOverAsync(
        Guid id, MonitorRefRequest request, ClaimsPrincipal user, CommunityService communities, CancellationToken cancellationToken)
    {
        if (request.MonitorId is not { } newLeader)
        {
            return CallerProblems.Required("community.monitor_id.required", "monitorId");
        }

        return (await communities.HandOverAsync(id, newLeader, user.ToActor(), cancellationToken)).ToOkOrProblem();
    }
}
