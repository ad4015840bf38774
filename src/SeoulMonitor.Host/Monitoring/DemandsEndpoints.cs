using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Demand intake, survey rounds and screening. Departments see only their own department's demands and community
/// leaders only their communities' proposals; other records answer 404 <c>demand.not_found</c>.
/// </summary>
internal static class DemandsEndpoints
{
    public static RouteGroupBuilder MapDemandsEndpoints(this IEndpointRouteBuilder routes)
    {
        var rounds = routes.MapGroup("/api/demand-rounds").WithTags("Monitoring tasks");
        rounds.MapPost("", CreateRoundAsync).RequireAuthorization(Policies.Staff);
        rounds.MapGet("", ListRoundsAsync).RequireStaffOrDepartment();

        var group = routes.MapGroup("/api/demands").WithTags("Monitoring tasks");
        group.MapPost("", SubmitAsync).RequireStaffDepartmentOrCommunityLeader();
        group.MapGet("", ListAsync).RequireStaffOrDepartment();
        group.MapGet("/{id:guid}", GetAsync).RequireStaffDepartmentOrCommunityLeader();
        group.MapPost("/{id:guid}/select", DemandsScreeningHandlers.SelectAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/reject", DemandsScreeningHandlers.RejectAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/defer", DemandsScreeningHandlers.DeferAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/return", DemandsScreeningHandlers.ReturnAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/reopen", DemandsScreeningHandlers.ReopenAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/resubmit", DemandsScreeningHandlers.ResubmitAsync).RequireStaffDepartmentOrCommunityLeader();
        group.MapPost("/{id:guid}/withdraw", DemandsScreeningHandlers.WithdrawAsync).RequireStaffDepartmentOrCommunityLeader();
        return group;
    }

    public static async Task<Results<Created<DemandRoundView>, ProblemHttpResult>> CreateRoundAsync(
        CreateDemandRoundRequest request, ClaimsPrincipal user, DemandRoundService rounds, CancellationToken cancellationToken) =>
        (await rounds.CreateAsync(request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(r => $"/api/demand-rounds/{r.Id:D}");

    public static async Task<Ok<IReadOnlyList<DemandRoundView>>> ListRoundsAsync(int? year, DemandRoundService rounds, CancellationToken cancellationToken) =>
        TypedResults.Ok(await rounds.ListAsync(year, cancellationToken));

    public static async Task<Results<Created<DemandView>, ProblemHttpResult>> SubmitAsync(
        SubmitDemandRequest request, ClaimsPrincipal user, DemandService demands, CancellationToken cancellationToken) =>
        (await demands.SubmitAsync(request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(d => $"/api/demands/{d.Id:D}");

    /// <summary>One keyset page (<c>limit</c>, <c>after</c>); the next page's cursor is in the headers (<see cref="ListPaging"/>).</summary>
    public static async Task<Results<Ok<IReadOnlyList<DemandView>>, ProblemHttpResult>> ListAsync(
        string? state, Guid? roundId, int? limit, string? after, string? offset, HttpContext http, DemandService demands, CancellationToken cancellationToken)
    {
        if (offset is not null)
        {
            return TaskErrors.OffsetUnsupported.ToProblem();
        }

        DemandState? filter = null;
        if (state is not null)
        {
            if (!CallerProblems.TryParseName<DemandState>(state, out var parsed))
            {
                return CallerProblems.InvalidChoice<DemandState>("demand.state.invalid", "state");
            }

            filter = parsed;
        }

        var page = await demands.PageAsync(new DemandListQuery(filter, roundId, limit ?? MonitoringTaskLimits.DefaultPageSize, after), http.User.ToActor(), cancellationToken);
        if (!page.IsSuccess)
        {
            return page.Error.ToProblem();
        }

        ListPaging.AddNext(http, page.Value.Next);
        return TypedResults.Ok(page.Value.Items);
    }

    public static async Task<Results<Ok<DemandView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, DemandService demands, CancellationToken cancellationToken) =>
        (await demands.GetAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
