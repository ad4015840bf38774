namespace SeoulMonitor.Host.Incentives;

/// <summary>Maps the budget's and the advisers' endpoints (one line in Program.cs).</summary>
internal static class BudgetAdvisersMapping
{
    public static IEndpointRouteBuilder MapBudgetAndAdviserEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapBudgetEndpoints();
        routes.MapAdvisersEndpoints();
        return routes;
    }
}
