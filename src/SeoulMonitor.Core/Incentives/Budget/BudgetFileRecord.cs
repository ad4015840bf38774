namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>One non-zero amount of a budget file: a line of one year.</summary>
/// <param name="Line">The file's line number (1 is the header).</param>
/// <param name="Column">The amount's column.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Category">The category (편성목).</param>
/// <param name="Name">The line's name.</param>
/// <param name="Purpose">The purpose (<see cref="BudgetPurposeMapping"/>).</param>
/// <param name="Amount">The amount in won (the file's thousand won × 1,000).</param>
/// <param name="IsSettled">Whether the column is a settled (결산) figure.</param>
internal sealed record BudgetFileRecord(int Line, string Column, int Year, string Category, string Name, BudgetPurpose Purpose, long Amount, bool IsSettled);
