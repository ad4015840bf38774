namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// A year's injury-insurance premiums (보험료) by state: recorded (committed on the insurance lines), paid, and cancelled
/// (released); counts and won. The recorded and paid amounts are part of the lines' Committed and Paid.
/// </summary>
public sealed record BudgetPremiumTotals(int Recorded, long RecordedAmount, int Paid, long PaidAmount, int Cancelled, long CancelledAmount);
