namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>A year's budget execution: each line, each category's totals and the year's totals.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="IsClosed">Whether the year is closed.</param>
/// <param name="Lines">The lines, by category then name.</param>
/// <param name="Categories">The totals per category, by category.</param>
/// <param name="Totals">The year's totals.</param>
public sealed record BudgetExecutionReport(
    int Year, bool IsClosed, IReadOnlyList<BudgetLineView> Lines, IReadOnlyList<BudgetCategoryTotal> Categories, BudgetAmounts Totals);
