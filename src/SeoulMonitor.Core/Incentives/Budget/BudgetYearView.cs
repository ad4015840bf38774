namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>A budget year's state.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="IsClosed">Whether it is closed.</param>
/// <param name="ClosedAt">When it was closed (UTC).</param>
/// <param name="StateName">The state in English (Open, Closed).</param>
/// <param name="StateNameKo">The state in Korean (집행 중, 마감).</param>
public sealed record BudgetYearView(int Year, bool IsClosed, DateTimeOffset? ClosedAt, string StateName, string StateNameKo)
{
    /// <summary>The view of a year.</summary>
    public static BudgetYearView From(BudgetYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new(year.Year, year.IsClosed, year.ClosedAt, year.IsClosed ? "Closed" : "Open", year.IsClosed ? "마감" : "집행 중");
    }
}
