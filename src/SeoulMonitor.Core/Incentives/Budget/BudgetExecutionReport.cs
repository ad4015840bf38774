namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>A year's budget execution: each line, each category's totals and the year's totals, its premiums and its recoveries.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="IsClosed">Whether the year is closed.</param>
/// <param name="Lines">The lines, by category then name.</param>
/// <param name="Categories">The totals per category, by category.</param>
/// <param name="Totals">The year's totals.</param>
/// <param name="Premiums">The year's injury-insurance premiums by state (drawn on its insurance lines).</param>
/// <param name="Recoveries">The year's stipend recoveries, outstanding and settled apart.</param>
public sealed record BudgetExecutionReport(
    int Year, bool IsClosed, IReadOnlyList<BudgetLineView> Lines, IReadOnlyList<BudgetCategoryTotal> Categories, BudgetAmounts Totals,
    BudgetPremiumTotals Premiums, BudgetRecoveryTotals Recoveries);
