namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// A year's recoveries (환수) of paid stipends, apart: <paramref name="Outstanding"/> recoveries not yet settled and the
/// won still due from payees (<paramref name="OutstandingAmount"/>: amount − netted − collected); <paramref name="NettingAmount"/>
/// netted in exported payout batches not yet paid; <paramref name="SettledAmount"/> already taken off the lines' Paid
/// (netted in paid batches or collected by finance). A recovery counts as outstanding until it is fully settled.
/// </summary>
public sealed record BudgetRecoveryTotals(int Outstanding, long OutstandingAmount, long NettingAmount, long SettledAmount);
