using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>A task's versioned form: staff publish versions; staff, the task's department and monitors read them.</summary>
internal static class FormsEndpoints
{
    public static void MapForms(RouteGroupBuilder tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        tasks.MapPost("/{id:guid}/forms", PublishAsync).RequireAuthorization(Policies.Staff);
        tasks.MapGet("/{id:guid}/forms", ListAsync).RequireStaffDepartmentOrMonitor();
        tasks.MapGet("/{id:guid}/forms/{number:int}", GetAsync).RequireStaffDepartmentOrMonitor();
    }

    /// <summary>Publishes the body (a form definition in <see cref="FormJson"/> shape) as the next version.</summary>
    public static async Task<Results<Created<FormVersionView>, ProblemHttpResult>> PublishAsync(
        Guid id, JsonElement body, ClaimsPrincipal user, TaskFormService forms, CancellationToken cancellationToken)
    {
        FormDefinition? definition;
        try
        {
            definition = body.Deserialize<FormDefinition>(FormJson.Options);
        }
        catch (JsonException)
        {
            return FormErrors.DefinitionInvalid.ToProblem();
        }

        return (await forms.PublishAsync(id, definition, user.ToActor(), cancellationToken))
            .ToCreatedOrProblem(v => $"/api/tasks/{v.TaskId:D}/forms/{v.Number}");
    }

    public static async Task<Results<Ok<IReadOnlyList<FormVersionView>>, ProblemHttpResult>> ListAsync(
        Guid id, ClaimsPrincipal user, TaskFormService forms, CancellationToken cancellationToken) =>
        (await forms.ListAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<FormVersionView>, ProblemHttpResult>> GetAsync(
        Guid id, int number, ClaimsPrincipal user, TaskFormService forms, CancellationToken cancellationToken) =>
        (await forms.GetAsync(id, number, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
