namespace SeoulMonitor.Host.Monitoring;

/// <summary>Maps the department, demand, task and form endpoints (one line in Program.cs).</summary>
internal static class TasksMapping
{
    public static IEndpointRouteBuilder MapMonitoringTaskEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapDepartmentsEndpoints();
        routes.MapDemandsEndpoints();
        routes.MapTasksEndpoints();
        return routes;
    }
}
