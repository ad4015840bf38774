using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Incentives;

/// <summary>Recoveries (환수): staff list them, check the line invariant and record collections; a monitor reads their own.</summary>
internal static class StipendsRecoveryHandlers
{
    public static async Task<Results<Ok<IReadOnlyList<RecoveryView>>, ProblemHttpResult>> ListAsync(
        int? year, string? state, ClaimsPrincipal user, RecoveryService recoveries, CancellationToken cancellationToken)
    {
        RecoveryState? filter = null;
        if (state is not null)
        {
            if (!CallerProblems.TryParseName<RecoveryState>(state, out var parsed))
            {
                return CallerProblems.InvalidChoice<RecoveryState>("stipend.recovery.state.invalid", "state");
            }

            filter = parsed;
        }

        return (await recoveries.ListAsync(year, filter, user.ToActor(), cancellationToken)).ToOkOrProblem();
    }

    public static async Task<Results<Ok<RecoveryLedgerCheck>, ProblemHttpResult>> CheckAsync(
        int? year, RecoveryService recoveries, CancellationToken cancellationToken) =>
        year is { } y ? (await recoveries.CheckAsync(y, cancellationToken)).ToOkOrProblem() : CallerProblems.Required("stipend.year.required", "year");

    public static async Task<Results<Ok<RecoveryView>, ProblemHttpResult>> CollectedAsync(
        Guid id, StipendsCollectedRequest request, ClaimsPrincipal user, RecoveryService recoveries, CancellationToken cancellationToken) =>
        (await recoveries.CollectAsync(id, request.Reference, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<RecoveryView>>, ProblemHttpResult>> MineAsync(
        int? year, ClaimsPrincipal user, RecoveryService recoveries, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? TypedResults.Ok(await recoveries.MineAsync(monitorId, year, cancellationToken))
            : CallerProblems.MonitorIdInvalid();

    public static async Task<Results<Ok<CommunityStipends>, ProblemHttpResult>> CommunityAsync(
        Guid id, int? year, ClaimsPrincipal user, StipendQueries queries, CancellationToken cancellationToken) =>
        year is { } y
            ? (await queries.CommunityAsync(id, y, user.ToActor(), cancellationToken)).ToOkOrProblem()
            : CallerProblems.Required("stipend.year.required", "year");
}
