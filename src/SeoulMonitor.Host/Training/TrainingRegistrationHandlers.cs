using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Training;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Training;

/// <summary>The handlers of registrations, check-in and history (mapped in <see cref="TrainingEndpoints"/>).</summary>
internal static class TrainingRegistrationHandlers
{
    public static async Task<Results<Created<RegistrationReceipt>, ProblemHttpResult>> RegisterAsync(
        Guid id, ClaimsPrincipal user, TrainingRegistrationService registrations, CancellationToken cancellationToken)
    {
        if (user.MonitorId() is not { } monitorId)
        {
            return CallerProblems.MonitorIdInvalid();
        }

        return (await registrations.RegisterAsync(id, monitorId, cancellationToken)).ToCreatedOrProblem(_ => $"/api/me/training");
    }

    public static Task<Results<Ok<TrainingRegistrationView>, ProblemHttpResult>> CancelMineAsync(
        Guid id, ClaimsPrincipal user, TrainingRegistrationService registrations, CancellationToken cancellationToken) =>
        AsMonitorAsync(user, m => registrations.CancelAsync(id, m, user.ToActor(), null, cancellationToken));

    public static Task<Results<Ok<RegistrationReceipt>, ProblemHttpResult>> ReissueCodeAsync(
        Guid id, ClaimsPrincipal user, TrainingRegistrationService registrations, CancellationToken cancellationToken) =>
        AsMonitorAsync(user, m => registrations.ReissueCodeAsync(id, m, cancellationToken));

    public static Task<Results<Ok<TrainingRegistrationView>, ProblemHttpResult>> CheckInAsync(
        Guid id, CheckInRequest request, ClaimsPrincipal user, TrainingRegistrationService registrations, CancellationToken cancellationToken) =>
        AsMonitorAsync(user, m => registrations.CheckInAsync(id, m, request.Code, cancellationToken));

    public static async Task<Results<Ok<TrainingRegistrationView>, ProblemHttpResult>> CancelByStaffAsync(
        Guid id, Guid monitorId, TrainingReasonRequest? request, ClaimsPrincipal user, TrainingRegistrationService registrations,
        CancellationToken cancellationToken) =>
        (await registrations.CancelAsync(id, monitorId, user.ToActor(), request?.Reason, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<TrainingRegistrationView>>, ProblemHttpResult>> ListAsync(
        Guid id, TrainingRegistrationService registrations, CancellationToken cancellationToken) =>
        (await registrations.ListAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TrainingHistory>, ProblemHttpResult>> HistoryAsync(
        ClaimsPrincipal user, TrainingRegistrationService registrations, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? TypedResults.Ok(await registrations.HistoryAsync(monitorId, cancellationToken))
            : CallerProblems.MonitorIdInvalid();

    private static async Task<Results<Ok<T>, ProblemHttpResult>> AsMonitorAsync<T>(ClaimsPrincipal user, Func<Guid, Task<Result<T>>> work) =>
        user.MonitorId() is { } monitorId ? (await work(monitorId)).ToOkOrProblem() : CallerProblems.MonitorIdInvalid();
}
