namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>The totals of one category (편성목) of a year.</summary>
public sealed record BudgetCategoryTotal(string Category, BudgetAmounts Totals);
