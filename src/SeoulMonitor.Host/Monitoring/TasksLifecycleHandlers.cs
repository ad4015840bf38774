using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>The staff events of the task lifecycle.</summary>
internal static class TasksLifecycleHandlers
{
    public static async Task<Results<Ok<TaskView>, ProblemHttpResult>> OpenRecruitmentAsync(
        Guid id, ClaimsPrincipal user, TaskLifecycleService lifecycle, CancellationToken cancellationToken) =>
        (await lifecycle.OpenRecruitmentAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TaskView>, ProblemHttpResult>> OpenFieldworkAsync(
        Guid id, ClaimsPrincipal user, TaskLifecycleService lifecycle, CancellationToken cancellationToken) =>
        (await lifecycle.OpenFieldworkAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TaskView>, ProblemHttpResult>> CloseFieldworkAsync(
        Guid id, ClaimsPrincipal user, TaskLifecycleService lifecycle, CancellationToken cancellationToken) =>
        (await lifecycle.CloseFieldworkAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TaskView>, ProblemHttpResult>> StartConsolidationAsync(
        Guid id, ClaimsPrincipal user, TaskLifecycleService lifecycle, CancellationToken cancellationToken) =>
        (await lifecycle.StartConsolidationAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TaskView>, ProblemHttpResult>> CloseAsync(
        Guid id, ClaimsPrincipal user, TaskLifecycleService lifecycle, CancellationToken cancellationToken) =>
        (await lifecycle.CloseAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<TaskView>, ProblemHttpResult>> CancelAsync(
        Guid id, TasksCancelRequest? request, ClaimsPrincipal user, TaskLifecycleService lifecycle, CancellationToken cancellationToken) =>
        (await lifecycle.CancelAsync(id, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
