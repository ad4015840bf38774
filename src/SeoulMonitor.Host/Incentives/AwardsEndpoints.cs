using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Incentives;

/// <summary>
/// Awards: staff run the yearly cycle and read the nominations and the dialogue invitation list (both access-logged);
/// a monitor reads their own score and its parts.
/// </summary>
internal static class AwardsEndpoints
{
    public static IEndpointRouteBuilder MapAwardsEndpoints(this IEndpointRouteBuilder routes)
    {
        var cycles = routes.MapGroup("/api/awards/cycles").WithTags("Awards").RequireAuthorization(Policies.Staff);
        cycles.MapPost("", OpenAsync);
        cycles.MapGet("/{year:int}", GetAsync);
        cycles.MapPost("/{year:int}/compute", (int year, ClaimsPrincipal user, AwardCycleService awards, CancellationToken ct) =>
            FireAsync(() => awards.ComputeNominationsAsync(year, user.ToActor(), ct)));
        cycles.MapPost("/{year:int}/start-review", (int year, ClaimsPrincipal user, AwardCycleService awards, CancellationToken ct) =>
            FireAsync(() => awards.StartReviewAsync(year, user.ToActor(), ct)));
        cycles.MapPost("/{year:int}/decide", DecideAsync);
        cycles.MapPost("/{year:int}/announce", (int year, ClaimsPrincipal user, AwardCycleService awards, CancellationToken ct) =>
            FireAsync(() => awards.AnnounceAsync(year, user.ToActor(), ct)));
        cycles.MapGet("/{year:int}/nominations", NominationsAsync);
        cycles.MapGet("/{year:int}/invitations", InvitationsAsync);
        routes.MapGroup("/api/my").WithTags("Awards").MapGet("/award-score", MyScoreAsync).RequireAuthorization(Policies.Monitor);
        return routes;
    }

    public static async Task<Results<Created<AwardCycleView>, ProblemHttpResult>> OpenAsync(
        AwardCycleOpenRequest? request, ClaimsPrincipal user, AwardCycleService awards, CancellationToken cancellationToken)
    {
        if (request?.Year is not { } year)
        {
            return CallerProblems.Required("award.year.required", "year");
        }

        if (request.MonitorAwards is not { } monitors)
        {
            return CallerProblems.Required("award.monitor_awards.required", "monitorAwards");
        }

        var opened = await awards.OpenAsync(new OpenAwardCycleRequest(year, monitors, request.CommunityAwards ?? 0), user.ToActor(), cancellationToken);
        return opened.ToCreatedOrProblem(c => $"/api/awards/cycles/{c.Year}");
    }

    public static async Task<Results<Ok<AwardCycleView>, ProblemHttpResult>> GetAsync(
        int year, ClaimsPrincipal user, AwardCycleService awards, CancellationToken cancellationToken) =>
        (await awards.GetAsync(year, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<AwardCycleView>, ProblemHttpResult>> DecideAsync(
        int year, AwardDecisionRequest? request, ClaimsPrincipal user, AwardCycleService awards, CancellationToken cancellationToken) =>
        (await awards.DecideAsync(year, new DecideAwardsRequest(request?.MonitorIds, request?.CommunityIds, request?.Note), user.ToActor(), cancellationToken))
            .ToOkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<NominationView>>, ProblemHttpResult>> NominationsAsync(
        int year, string? purpose, HttpContext http, AwardReader reader, CancellationToken cancellationToken) =>
        (await reader.NominationsAsync(year, http.User.ToActor(), purpose, http.ClientAddress(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<DialogueInvitationView>>, ProblemHttpResult>> InvitationsAsync(
        int year, string? purpose, HttpContext http, AwardReader reader, CancellationToken cancellationToken) =>
        (await reader.InvitationsAsync(year, http.User.ToActor(), purpose, http.ClientAddress(), cancellationToken)).ToOkOrProblem();

    /// <summary>The calling monitor's own score (the token's monitor id; nobody else's can be asked for).</summary>
    public static async Task<Results<Ok<MyAwardScoreView>, ProblemHttpResult>> MyScoreAsync(
        int? year, ClaimsPrincipal user, AwardReader reader, CancellationToken cancellationToken)
    {
        if (user.MonitorId() is not { } monitorId)
        {
            return CallerProblems.MonitorIdInvalid();
        }

        return year is { } y
            ? (await reader.MyScoreAsync(y, monitorId, cancellationToken)).ToOkOrProblem()
            : CallerProblems.Required("award.year.required", "year");
    }

    private static async Task<Results<Ok<AwardCycleView>, ProblemHttpResult>> FireAsync(Func<Task<SeoulMonitor.Core.Common.Result<AwardCycleView>>> fire) =>
        (await fire()).ToOkOrProblem();
}
