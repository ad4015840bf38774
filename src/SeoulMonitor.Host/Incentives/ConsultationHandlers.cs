using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Incentives;

/// <summary>The consultation handlers of <see cref="AdvisersEndpoints"/>.</summary>
internal static class ConsultationHandlers
{
    public static async Task<Results<Ok<ConsultationList>, ProblemHttpResult>> ListAsync(
        int? year, ConsultationService consultations, CancellationToken cancellationToken) =>
        year is { } y
            ? (await consultations.ListAsync(y, cancellationToken)).ToOkOrProblem()
            : ConsultationErrors.YearInvalid.ToProblem();

    public static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> GetAsync(
        Guid id, ConsultationService consultations, CancellationToken cancellationToken) =>
        (await consultations.GetAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Created<ConsultationView>, ProblemHttpResult>> PlanAsync(
        PlanConsultationRequest request, ClaimsPrincipal user, ConsultationService consultations, CancellationToken cancellationToken) =>
        (await consultations.PlanAsync(request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(c => $"/api/consultations/{c.Id:D}");

    public static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> HoldAsync(
        Guid id, ClaimsPrincipal user, ConsultationService consultations, CancellationToken cancellationToken) =>
        (await consultations.HoldAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> PayAsync(
        Guid id, ClaimsPrincipal user, ConsultationService consultations, CancellationToken cancellationToken) =>
        (await consultations.PayAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> CancelAsync(
        Guid id, BudgetReasonRequest? request, ClaimsPrincipal user, ConsultationService consultations, CancellationToken cancellationToken) =>
        (await consultations.CancelAsync(id, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
