using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Training;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Training;

/// <summary>Training sessions (staff) here; registrations and check-in in <see cref="TrainingRegistrationHandlers"/>.</summary>
internal static class TrainingEndpoints
{
    public static RouteGroupBuilder MapTrainingEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/training-sessions").WithTags("Training");
        group.MapPost("", ScheduleAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("", ListAsync).RequireStaffOrMonitor();
        group.MapGet("/{id:guid}", GetAsync).RequireStaffOrMonitor();
        group.MapPost("/{id:guid}/close-registration", CloseRegistrationAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/complete", CompleteAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:guid}/registrations", TrainingRegistrationHandlers.ListAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/registrations", TrainingRegistrationHandlers.RegisterAsync).RequireAuthorization(Policies.Monitor);
        group.MapPost("/{id:guid}/registrations/mine/cancel", TrainingRegistrationHandlers.CancelMineAsync).RequireAuthorization(Policies.Monitor);
        group.MapPost("/{id:guid}/registrations/mine/code", TrainingRegistrationHandlers.ReissueCodeAsync).RequireAuthorization(Policies.Monitor);
        group.MapPost("/{id:guid}/registrations/{monitorId:guid}/cancel", TrainingRegistrationHandlers.CancelByStaffAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/check-in", TrainingRegistrationHandlers.CheckInAsync).RequireAuthorization(Policies.Monitor);
        return group;
    }

    /// <summary>The caller's own training history.</summary>
    public static RouteGroupBuilder MapMyTrainingEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/me/training").WithTags("Training");
        group.MapGet("", TrainingRegistrationHandlers.HistoryAsync).RequireAuthorization(Policies.Monitor);
        return group;
    }

    public static async Task<Results<Created<TrainingSessionView>, ProblemHttpResult>> ScheduleAsync(
        ScheduleSessionRequest request, ClaimsPrincipal user, TrainingService training, CancellationToken cancellationToken) =>
        (await training.ScheduleAsync(request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(s => $"/api/training-sessions/{s.Id:D}");

    public static async Task<Results<Ok<IReadOnlyList<TrainingSessionView>>, ProblemHttpResult>> ListAsync(
        string? state, TrainingService training, CancellationToken cancellationToken)
    {
        TrainingSessionState? filter = null;
        if (state is not null)
        {
            if (!CallerProblems.TryParseName<TrainingSessionState>(state, out var parsed))
            {
                return CallerProblems.InvalidChoice<TrainingSessionState>("training.state.invalid", "state");
            }

            filter = parsed;
        }

        return TypedResults.Ok(await training.ListAsync(filter, cancellationToken));
    }

    public static async Task<Results<Ok<TrainingSessionView>, ProblemHttpResult>> GetAsync(Guid id, TrainingService training, CancellationToken cancellationToken) =>
        (await training.GetAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TrainingSessionView>, ProblemHttpResult>> CloseRegistrationAsync(
        Guid id, ClaimsPrincipal user, TrainingService training, CancellationToken cancellationToken) =>
        (await training.CloseRegistrationAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TrainingSessionView>, ProblemHttpResult>> CompleteAsync(
        Guid id, ClaimsPrincipal user, TrainingService training, CancellationToken cancellationToken) =>
        (await training.CompleteAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TrainingSessionView>, ProblemHttpResult>> CancelAsync(
        Guid id, TrainingReasonRequest request, ClaimsPrincipal user, TrainingService training, CancellationToken cancellationToken) =>
        (await training.CancelAsync(id, request.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
