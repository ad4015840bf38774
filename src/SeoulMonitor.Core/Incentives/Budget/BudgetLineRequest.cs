namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>A new budget line.</summary>
/// <param name="Category">The category (편성목), at most <see cref="IncentiveLimits.NameMaxLength"/> characters.</param>
/// <param name="Name">The line's name, at most <see cref="IncentiveLimits.NameMaxLength"/> characters.</param>
/// <param name="Purpose">What it pays for.</param>
/// <param name="Amount">The budgeted amount, 1..<see cref="IncentiveLimits.MaxLineAmount"/> won.</param>
public sealed record BudgetLineRequest(string? Category, string? Name, BudgetPurpose Purpose, long Amount);
