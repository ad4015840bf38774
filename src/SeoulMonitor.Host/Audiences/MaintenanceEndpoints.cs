using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// The consent upkeep for operators (run it now; read the anonymous destruction records), and the entry point that maps
/// the data-subject request endpoints (staff and public) with it.
/// </summary>
internal static class MaintenanceEndpoints
{
    /// <summary>Maps the upkeep, staff data-request and public my-data endpoints.</summary>
    public static IEndpointRouteBuilder MapAudienceUpkeepEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapMaintenanceEndpoints();
        routes.MapDataRequestEndpoints();
        routes.MapMyDataEndpoints();
        return routes;
    }

    public static RouteGroupBuilder MapMaintenanceEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/audiences").WithTags("Audience upkeep").RequireAuthorization(Policies.Staff);
        group.MapPost("/maintenance/run", RunAsync);
        group.MapGet("/destruction-records", DestructionRecordsAsync);
        return group;
    }

    private static async Task<Ok<MaintenanceRun>> RunAsync(HttpContext http, ConsentMaintenanceService maintenance, CancellationToken cancellationToken) =>
        TypedResults.Ok(await maintenance.RunAsync(http.User.ToActor(), cancellationToken));

    private static async Task<Ok<IReadOnlyList<DestructionRecord>>> DestructionRecordsAsync(
        int? take, ConsentMaintenanceService maintenance, CancellationToken cancellationToken) =>
        TypedResults.Ok(await maintenance.DestructionRecordsAsync(take, cancellationToken));
}
