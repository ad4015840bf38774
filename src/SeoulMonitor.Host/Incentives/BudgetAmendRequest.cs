namespace SeoulMonitor.Host.Incentives;

/// <summary>A line's new amount, in won.</summary>
/// <param name="Amount">The new amount.</param>
public sealed record BudgetAmendRequest(long Amount);
