using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Incentives;

/// <summary>Stipends: only staff change money; a monitor sees their own entries (<c>/api/my/stipends</c>) and recoveries, a
/// community's leader its community's (<c>/api/communities/{id}/stipends</c>).
/// Payouts in <see cref="StipendsPayoutHandlers"/>, recoveries in <see cref="StipendsRecoveryHandlers"/>.</summary>
internal static class StipendsEndpoints
{
    public static RouteGroupBuilder MapStipendEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/my/stipends", MineAsync).WithTags("Stipends").RequireAuthorization(Policies.Monitor);
        routes.MapGet("/api/my/stipends/recoveries", StipendsRecoveryHandlers.MineAsync).WithTags("Stipends").RequireAuthorization(Policies.Monitor);
        routes.MapGet("/api/communities/{id:guid}/stipends", StipendsRecoveryHandlers.CommunityAsync).WithTags("Stipends").RequireStaffOrCommunityLeader()
            .WithSummary("A community's activity-expense entries and recoveries of a year (its leader or staff).");
        var group = routes.MapGroup("/api/stipends").WithTags("Stipends").RequireAuthorization(Policies.Staff);
        group.MapPost("/rules", SetRuleAsync);
        group.MapGet("/rules", RulesAsync);
        group.MapPost("/recalculate", RecalculateAsync);
        group.MapGet("", ListAsync);
        group.MapGet("/totals", TotalsAsync);
        group.MapGet("/check", CheckAsync);
        group.MapPost("/approve", ApproveAsync);
        group.MapPost("/{id:guid}/hold", HoldAsync);
        group.MapPost("/{id:guid}/release", ReleaseAsync);
        group.MapPost("/payouts", StipendsPayoutHandlers.ExportAsync);
        group.MapGet("/payouts/{id:guid}", StipendsPayoutHandlers.GetAsync);
        group.MapGet("/payouts/{id:guid}.csv", StipendsPayoutHandlers.FileAsync);
        group.MapPost("/payouts/{id:guid}/paid", StipendsPayoutHandlers.PaidAsync);
        group.MapGet("/recoveries", StipendsRecoveryHandlers.ListAsync);
        group.MapGet("/recoveries/check", StipendsRecoveryHandlers.CheckAsync);
        group.MapPost("/recoveries/{id:guid}/collected", StipendsRecoveryHandlers.CollectedAsync);
        CommunityActivitiesEndpoints.MapCommunityActivityEndpoints(routes);
        return group;
    }

    public static async Task<Results<Created<StipendRuleView>, ProblemHttpResult>> SetRuleAsync(
        StipendRuleRequest request, ClaimsPrincipal user, StipendRuleService rules, CancellationToken cancellationToken) =>
        (await rules.SetAsync(request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(r => $"/api/stipends/rules?year={r.Year}");

    public static async Task<Results<Ok<IReadOnlyList<StipendRuleView>>, ProblemHttpResult>> RulesAsync(
        int? year, StipendRuleService rules, CancellationToken cancellationToken) =>
        year is { } y ? (await rules.ListAsync(y, cancellationToken)).ToOkOrProblem() : CallerProblems.Required("stipend.year.required", "year");

    public static async Task<Results<Ok<RecalculationReport>, ProblemHttpResult>> RecalculateAsync(
        int? year, Guid? taskId, ClaimsPrincipal user, StipendCalculator calculator, CancellationToken cancellationToken)
    {
        if (taskId is { } task)
        {
            return (await calculator.RecalculateTaskAsync(task, user.ToActor(), cancellationToken)).ToOkOrProblem();
        }

        return year is { } y
            ? (await calculator.RecalculateAsync(y, user.ToActor(), cancellationToken)).ToOkOrProblem()
            : CallerProblems.Required("stipend.year.required", "year");
    }

    public static async Task<Results<Ok<IReadOnlyList<StipendEntryView>>, ProblemHttpResult>> ListAsync(
        int? year, string? state, Guid? monitorId, Guid? batchId, Guid? after, int? limit, ClaimsPrincipal user, StipendQueries queries, CancellationToken cancellationToken)
    {
        StipendEntryState? filter = null;
        if (state is not null)
        {
            if (!CallerProblems.TryParseName<StipendEntryState>(state, out var parsed))
            {
                return CallerProblems.InvalidChoice<StipendEntryState>("stipend.state.invalid", "state");
            }

            filter = parsed;
        }

        return (await queries.ListAsync(new StipendQuery(year, filter, monitorId, batchId, after, limit), user.ToActor(), cancellationToken)).ToOkOrProblem();
    }

    public static async Task<Results<Ok<StipendTotals>, ProblemHttpResult>> TotalsAsync(int? year, StipendQueries queries, CancellationToken cancellationToken) =>
        year is { } y ? (await queries.TotalsAsync(y, cancellationToken)).ToOkOrProblem() : CallerProblems.Required("stipend.year.required", "year");

    public static async Task<Results<Ok<LedgerCheck>, ProblemHttpResult>> CheckAsync(int? year, StipendQueries queries, CancellationToken cancellationToken) =>
        year is { } y ? (await queries.CheckAsync(y, cancellationToken)).ToOkOrProblem() : CallerProblems.Required("stipend.year.required", "year");

    public static async Task<Results<Ok<IReadOnlyList<StipendEntryView>>, ProblemHttpResult>> ApproveAsync(
        StipendsApproveRequest request, ClaimsPrincipal user, StipendEntryService entries, CancellationToken cancellationToken) =>
        (await entries.ApproveAsync(request.Ids ?? [], user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<StipendEntryView>, ProblemHttpResult>> HoldAsync(
        Guid id, StipendsReasonRequest request, ClaimsPrincipal user, StipendEntryService entries, CancellationToken cancellationToken) =>
        (await entries.HoldAsync(id, request.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<StipendEntryView>, ProblemHttpResult>> ReleaseAsync(
        Guid id, ClaimsPrincipal user, StipendEntryService entries, CancellationToken cancellationToken) =>
        (await entries.ReleaseAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<MyStipends>, ProblemHttpResult>> MineAsync(
        int? year, ClaimsPrincipal user, StipendQueries queries, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? TypedResults.Ok(await queries.MineAsync(monitorId, year, cancellationToken))
            : CallerProblems.MonitorIdInvalid();
}
