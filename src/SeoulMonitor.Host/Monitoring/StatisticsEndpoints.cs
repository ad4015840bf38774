using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.YearlyStatistics;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Yearly statistics of the program: aggregates only, no personal data. Staff and department officers read the yearly
/// report; the per-department breakdown is for staff.
/// </summary>
internal static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/statistics").WithTags("Statistics");
        group.MapGet("/yearly", YearlyAsync)
            .RequireAuthorization(p => p.RequireAssertion(c => IsStaff(c.User) || IsDepartmentOfficer(c.User)))
            .WithSummary($"Statistics per year from 'from' to 'to' (default: the {StatisticsLimits.DefaultYears} years up to this year), with the published figures.");
        group.MapGet("/yearly/{year:int}/departments", DepartmentsAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Statistics of each requesting department with a task in the year.");
        return group;
    }

    private static async Task<Results<Ok<YearlyStatisticsReport>, ProblemHttpResult>> YearlyAsync(
        string? from, string? to, YearlyStatisticsService statistics, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!TryYear(to, SeoulCalendar.Today(time).Year, out var last))
        {
            return StatisticsErrors.Year("to").ToProblem();
        }

        if (!TryYear(from, last - StatisticsLimits.DefaultYears + 1, out var first))
        {
            return StatisticsErrors.Year("from").ToProblem();
        }

        return (await statistics.GetYearlyAsync(first, last, cancellationToken)).ToOkOrProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<DepartmentYearStatistics>>, ProblemHttpResult>> DepartmentsAsync(
        int year, YearlyStatisticsService statistics, CancellationToken cancellationToken) =>
        (await statistics.GetDepartmentsAsync(year, cancellationToken)).ToOkOrProblem();

    /// <summary>An absent value takes the default; a present one must be a whole number (the service checks its range).</summary>
    private static bool TryYear(string? text, int fallback, out int year)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            year = fallback;
            return true;
        }

        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out year);
    }

    private static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Staff);

    private static bool IsDepartmentOfficer(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Department) && !string.IsNullOrWhiteSpace(user.Department());
}
