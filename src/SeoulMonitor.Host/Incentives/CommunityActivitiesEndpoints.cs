using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Incentives;

/// <summary>Community activities: the community's leader reports them, staff verify or reject them; the leader and staff read them.</summary>
internal static class CommunityActivitiesEndpoints
{
    public static RouteGroupBuilder MapCommunityActivityEndpoints(this IEndpointRouteBuilder routes)
    {
        var communities = routes.MapGroup("/api/communities/{id:guid}/activities").WithTags("Community activities");
        communities.MapPost("", ReportAsync).RequireAuthorization(Policies.CommunityLeader);
        communities.MapGet("", ListAsync).RequireStaffOrCommunityLeader();
        var group = routes.MapGroup("/api/community-activities").WithTags("Community activities").RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/verify", VerifyAsync);
        group.MapPost("/{id:guid}/reject", RejectAsync);
        return group;
    }

    public static async Task<Results<Created<CommunityActivityView>, ProblemHttpResult>> ReportAsync(
        Guid id, ReportActivityRequest request, ClaimsPrincipal user, CommunityActivityService activities, CancellationToken cancellationToken) =>
        (await activities.ReportAsync(id, request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(a => $"/api/communities/{a.CommunityId:D}/activities");

    public static async Task<Results<Ok<IReadOnlyList<CommunityActivityView>>, ProblemHttpResult>> ListAsync(
        Guid id, ClaimsPrincipal user, CommunityActivityService activities, CancellationToken cancellationToken) =>
        (await activities.ListAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityActivityView>, ProblemHttpResult>> VerifyAsync(
        Guid id, ClaimsPrincipal user, CommunityActivityService activities, CancellationToken cancellationToken) =>
        (await activities.VerifyAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CommunityActivityView>, ProblemHttpResult>> RejectAsync(
        Guid id, StipendsReasonRequest request, ClaimsPrincipal user, CommunityActivityService activities, CancellationToken cancellationToken) =>
        (await activities.RejectAsync(id, request.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
