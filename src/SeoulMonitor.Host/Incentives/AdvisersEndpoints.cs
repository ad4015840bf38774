using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Incentives;

/// <summary>
/// The adviser pool and consultations, for staff only. Reading advisers is a read of personal data: the caller states a
/// purpose (<c>?purpose=</c>) and the read is recorded in the access log before anything is returned.
/// </summary>
internal static class AdvisersEndpoints
{
    public static void MapAdvisersEndpoints(this IEndpointRouteBuilder routes)
    {
        var advisers = routes.MapGroup("/api/advisers").WithTags("Advisers").RequireAuthorization(Policies.Staff);
        advisers.MapGet("", ListAsync).WithSummary("The adviser pool (access-logged; ?purpose= required, ?includeInactive=true for all).");
        advisers.MapPost("", AddAsync).WithSummary("Adds an adviser.");
        advisers.MapGet("/{id:guid}", GetAsync).WithSummary("One adviser (access-logged; ?purpose= required).");
        advisers.MapPut("/{id:guid}", UpdateAsync).WithSummary("Updates an adviser's details.");
        advisers.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithSummary("Takes an adviser out of the active pool.");

        var consultations = routes.MapGroup("/api/consultations").WithTags("Advisers").RequireAuthorization(Policies.Staff);
        consultations.MapGet("", ConsultationHandlers.ListAsync).WithSummary("A year's consultations with totals (?year=).");
        consultations.MapPost("", ConsultationHandlers.PlanAsync).WithSummary("Plans a consultation; its allowance is committed on the advisory line.");
        consultations.MapGet("/{id:guid}", ConsultationHandlers.GetAsync).WithSummary("One consultation.");
        consultations.MapPost("/{id:guid}/hold", ConsultationHandlers.HoldAsync).WithSummary("Records it held.");
        consultations.MapPost("/{id:guid}/pay", ConsultationHandlers.PayAsync).WithSummary("Pays the allowance from the commitment.");
        consultations.MapPost("/{id:guid}/cancel", ConsultationHandlers.CancelAsync).WithSummary("Cancels it with a reason; the commitment is released.");
    }

    private static async Task<Results<Ok<IReadOnlyList<AdviserView>>, ProblemHttpResult>> ListAsync(
        string? purpose, bool? includeInactive, HttpContext http, AdviserService advisers, CancellationToken cancellationToken) =>
        (await advisers.ListAsync(http.User.ToActor(), purpose, includeInactive ?? false, http.ClientAddress(), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<AdviserView>, ProblemHttpResult>> GetAsync(
        Guid id, string? purpose, HttpContext http, AdviserService advisers, CancellationToken cancellationToken) =>
        (await advisers.GetAsync(id, http.User.ToActor(), purpose, http.ClientAddress(), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Created<AdviserView>, ProblemHttpResult>> AddAsync(
        AdviserRequest request, ClaimsPrincipal user, AdviserService advisers, CancellationToken cancellationToken) =>
        (await advisers.AddAsync(request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(a => $"/api/advisers/{a.Id:D}");

    private static async Task<Results<Ok<AdviserView>, ProblemHttpResult>> UpdateAsync(
        Guid id, AdviserRequest request, ClaimsPrincipal user, AdviserService advisers, CancellationToken cancellationToken) =>
        (await advisers.UpdateAsync(id, request, user.ToActor(), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<AdviserView>, ProblemHttpResult>> DeactivateAsync(
        Guid id, ClaimsPrincipal user, AdviserService advisers, CancellationToken cancellationToken) =>
        (await advisers.DeactivateAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
