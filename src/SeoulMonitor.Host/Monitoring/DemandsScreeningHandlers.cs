using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>The screening events of a demand (staff) and the requester's resubmission and withdrawal.</summary>
internal static class DemandsScreeningHandlers
{
    public static async Task<Results<Ok<DemandView>, ProblemHttpResult>> SelectAsync(
        Guid id, ClaimsPrincipal user, DemandScreeningService screening, CancellationToken cancellationToken) =>
        (await screening.SelectAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DemandView>, ProblemHttpResult>> RejectAsync(
        Guid id, DemandsReasonRequest? request, ClaimsPrincipal user, DemandScreeningService screening, CancellationToken cancellationToken) =>
        (await screening.RejectAsync(id, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DemandView>, ProblemHttpResult>> DeferAsync(
        Guid id, DemandsReasonRequest? request, ClaimsPrincipal user, DemandScreeningService screening, CancellationToken cancellationToken) =>
        (await screening.DeferAsync(id, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DemandView>, ProblemHttpResult>> ReturnAsync(
        Guid id, DemandsReasonRequest? request, ClaimsPrincipal user, DemandScreeningService screening, CancellationToken cancellationToken) =>
        (await screening.ReturnForInfoAsync(id, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DemandView>, ProblemHttpResult>> ReopenAsync(
        Guid id, ClaimsPrincipal user, DemandScreeningService screening, CancellationToken cancellationToken) =>
        (await screening.ReopenAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DemandView>, ProblemHttpResult>> ResubmitAsync(
        Guid id, ReviseDemandRequest? request, ClaimsPrincipal user, DemandScreeningService screening, CancellationToken cancellationToken) =>
        (await screening.ResubmitAsync(id, request, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DemandView>, ProblemHttpResult>> WithdrawAsync(
        Guid id, ClaimsPrincipal user, DemandScreeningService screening, CancellationToken cancellationToken) =>
        (await screening.WithdrawAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
