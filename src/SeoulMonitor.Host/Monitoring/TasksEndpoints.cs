using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Monitoring tasks: staff set them up and run their lifecycle; department officers read their own department's
/// tasks (others answer 404 <c>task.not_found</c>); monitors read tasks past planning and the recruiting list.
/// </summary>
internal static class TasksEndpoints
{
    public static RouteGroupBuilder MapTasksEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tasks").WithTags("Monitoring tasks");
        group.MapPost("", CreateAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("", ListAsync).RequireStaffOrDepartment();
        group.MapGet("/open", OpenAsync).RequireAuthorization(Policies.Monitor);
        group.MapGet("/{id:guid}", GetAsync).RequireStaffDepartmentOrMonitor();
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/open-recruitment", TasksLifecycleHandlers.OpenRecruitmentAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/open-fieldwork", TasksLifecycleHandlers.OpenFieldworkAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/close-fieldwork", TasksLifecycleHandlers.CloseFieldworkAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/start-consolidation", TasksLifecycleHandlers.StartConsolidationAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/close", TasksLifecycleHandlers.CloseAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/cancel", TasksLifecycleHandlers.CancelAsync).RequireAuthorization(Policies.Staff);
        FormsEndpoints.MapForms(group);
        return group;
    }

    public static async Task<Results<Created<TaskView>, ProblemHttpResult>> CreateAsync(
        CreateTaskRequest request, ClaimsPrincipal user, TaskSetupService setup, CancellationToken cancellationToken) =>
        (await setup.CreateAsync(request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(t => $"/api/tasks/{t.Id:D}");

    public static async Task<Results<Ok<TaskView>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateTaskRequest request, ClaimsPrincipal user, TaskSetupService setup, CancellationToken cancellationToken) =>
        (await setup.UpdateAsync(id, request, user.ToActor(), cancellationToken)).ToOkOrProblem();

    /// <summary>One keyset page (<c>limit</c>, <c>after</c>); the next page's cursor is in the headers (<see cref="ListPaging"/>).</summary>
    public static async Task<Results<Ok<IReadOnlyList<TaskView>>, ProblemHttpResult>> ListAsync(
        int? year, string? state, string? department, int? limit, string? after, string? offset, HttpContext http, TaskQueryService tasks,
        CancellationToken cancellationToken)
    {
        if (offset is not null)
        {
            return TaskErrors.OffsetUnsupported.ToProblem();
        }

        MonitoringTaskState? filter = null;
        if (state is not null)
        {
            if (!CallerProblems.TryParseName<MonitoringTaskState>(state, out var parsed))
            {
                return CallerProblems.InvalidChoice<MonitoringTaskState>("task.state.invalid", "state");
            }

            filter = parsed;
        }

        var query = new TaskListQuery(year, filter, department, limit ?? MonitoringTaskLimits.DefaultPageSize, after);
        var page = await tasks.PageAsync(query, http.User.ToActor(), cancellationToken);
        if (!page.IsSuccess)
        {
            return page.Error.ToProblem();
        }

        ListPaging.AddNext(http, page.Value.Next);
        return TypedResults.Ok(page.Value.Items);
    }

    public static async Task<Ok<IReadOnlyList<TaskView>>> OpenAsync(TaskQueryService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.ListOpenForRecruitmentAsync(cancellationToken));

    public static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, TaskQueryService tasks, CancellationToken cancellationToken) =>
        (await tasks.GetAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
