using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>The department registry: staff register and change departments; officers read their own record.</summary>
internal static class DepartmentsEndpoints
{
    public static RouteGroupBuilder MapDepartmentsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/departments").WithTags("Monitoring tasks");
        group.MapGet("", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("", RegisterAsync).RequireAuthorization(Policies.Staff);
        group.MapPut("/{id:guid}", ChangeContactAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/mine", MineAsync).RequireAuthorization(Policies.Department);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<DepartmentView>>> ListAsync(DepartmentService departments, CancellationToken cancellationToken) =>
        TypedResults.Ok(await departments.ListAsync(cancellationToken));

    public static async Task<Results<Created<DepartmentView>, ProblemHttpResult>> RegisterAsync(
        RegisterDepartmentRequest request, ClaimsPrincipal user, DepartmentService departments, CancellationToken cancellationToken) =>
        (await departments.RegisterAsync(request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(d => $"/api/departments/{d.Id:D}");

    public static async Task<Results<Ok<DepartmentView>, ProblemHttpResult>> ChangeContactAsync(
        Guid id, DepartmentsContactRequest request, ClaimsPrincipal user, DepartmentService departments, CancellationToken cancellationToken) =>
        (await departments.ChangeContactAsync(id, request.ContactEmail, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<DepartmentView>, ProblemHttpResult>> MineAsync(
        ClaimsPrincipal user, DepartmentService departments, CancellationToken cancellationToken) =>
        (await departments.GetByNameAsync(user.Department(), cancellationToken)).ToOkOrProblem();
}
