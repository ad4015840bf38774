namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>The outcome of loading a budget file.</summary>
/// <param name="Records">The file's lines with a budget, one per (line, year) with a non-zero amount.</param>
/// <param name="Created">Lines created now.</param>
/// <param name="AlreadyPresent">Lines present before (left as they are).</param>
/// <param name="YearsCreated">Budget years created now.</param>
/// <param name="FileTotals">The file's total per year, in won.</param>
public sealed record BudgetLoadResult(int Records, int Created, int AlreadyPresent, int YearsCreated, IReadOnlyDictionary<int, long> FileTotals);
