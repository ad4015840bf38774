namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>A new budget year with its lines (at most <see cref="BudgetLimits.MaxLinesPerYear"/>).</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Lines">Its lines.</param>
public sealed record CreateBudgetYearRequest(int Year, IReadOnlyList<BudgetLineRequest>? Lines);
