using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Incentives.Insurance.Premiums;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Incentives;

/// <summary>
/// Injury-insurance premiums (staff only): record the insurer's invoice (committed on the injury-insurance line), mark
/// it paid with finance's reference or cancel it before payment; staff read them per year or one by one.
/// </summary>
internal static class InsurancePremiumEndpoints
{
    public static RouteGroupBuilder MapInsurancePremiumEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/insurance/premiums").WithTags("Insurance").RequireAuthorization(Policies.Staff);
        group.MapPost("", RecordAsync).WithSummary("Records an insurer's premium invoice, committed on an injury-insurance budget line.");
        group.MapGet("", ListAsync).WithSummary("The premiums of a budget year.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One premium.");
        group.MapPost("/{id:guid}/paid", PaidAsync).WithSummary("Marks a recorded premium paid (committed → paid), with finance's reference.");
        group.MapPost("/{id:guid}/cancel", CancelAsync).WithSummary("Cancels a recorded premium before payment (the commitment released), with a reason.");
        return group;
    }

    public static async Task<Results<Created<InsurancePremiumView>, ProblemHttpResult>> RecordAsync(
        InsurancePremiumRequest? request, ClaimsPrincipal user, InsurancePremiumService premiums, CancellationToken cancellationToken)
    {
        if (request?.BudgetLineId is not { } lineId)
        {
            return CallerProblems.Required("insurance.premium.budget_line_id.required", "budgetLineId");
        }

        if (request.Amount is not { } amount)
        {
            return CallerProblems.Required("insurance.premium.amount.required", "amount");
        }

        var record = new RecordPremiumRequest(lineId, request.Insurer, request.PolicyNumber, request.PeriodStart, request.PeriodEnd, amount);
        return (await premiums.RecordAsync(record, user.ToActor(), cancellationToken)).ToCreatedOrProblem(p => $"/api/insurance/premiums/{p.Id:D}");
    }

    public static async Task<Results<Ok<IReadOnlyList<InsurancePremiumView>>, ProblemHttpResult>> ListAsync(
        int? year, ClaimsPrincipal user, InsurancePremiumService premiums, CancellationToken cancellationToken) =>
        year is { } y
            ? (await premiums.ListAsync(y, user.ToActor(), cancellationToken)).ToOkOrProblem()
            : CallerProblems.Required("insurance.year.required", "year");

    public static async Task<Results<Ok<InsurancePremiumView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, InsurancePremiumService premiums, CancellationToken cancellationToken) =>
        (await premiums.GetAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<InsurancePremiumView>, ProblemHttpResult>> PaidAsync(
        Guid id, InsurancePremiumPaidRequest? request, ClaimsPrincipal user, InsurancePremiumService premiums, CancellationToken cancellationToken) =>
        (await premiums.PayAsync(id, request?.Reference, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<InsurancePremiumView>, ProblemHttpResult>> CancelAsync(
        Guid id, InsurancePremiumCancelRequest? request, ClaimsPrincipal user, InsurancePremiumService premiums, CancellationToken cancellationToken) =>
        (await premiums.CancelAsync(id, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
