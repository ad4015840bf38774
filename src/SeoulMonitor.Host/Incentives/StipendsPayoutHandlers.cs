using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Incentives;

/// <summary>Monthly payout batches (staff); the bank-transfer file is access-logged with its purpose and reason.</summary>
internal static class StipendsPayoutHandlers
{
    public static async Task<Results<Created<PayoutBatchView>, ProblemHttpResult>> ExportAsync(
        StipendsPayoutRequest request, ClaimsPrincipal user, PayoutService payouts, CancellationToken cancellationToken) =>
        (await payouts.ExportAsync(request.Month, user.ToActor(), cancellationToken)).ToCreatedOrProblem(b => $"/api/stipends/payouts/{b.Id:D}");

    public static async Task<Results<Ok<PayoutBatchView>, ProblemHttpResult>> GetAsync(Guid id, PayoutService payouts, CancellationToken cancellationToken) =>
        (await payouts.GetAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FileAsync(
        Guid id, string? purpose, string? reason, HttpContext http, PayoutService payouts, CancellationToken cancellationToken)
    {
        var result = await payouts.FileAsync(id, http.User.ToActor(), purpose, reason, http.ClientAddress(), cancellationToken);
        return result.IsSuccess
            ? TypedResults.File(result.Value.Content, "text/csv; charset=utf-8", result.Value.FileName)
            : result.Error.ToProblem();
    }

    public static async Task<Results<Ok<PayoutBatchView>, ProblemHttpResult>> PaidAsync(
        Guid id, ClaimsPrincipal user, PayoutService payouts, CancellationToken cancellationToken) =>
        (await payouts.MarkPaidAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
