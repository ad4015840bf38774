namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// The recovery invariant of one field-activity budget line: its Paid equals the paid entries drawn on it minus the
/// recoveries settled on it.
/// </summary>
/// <param name="BudgetLineId">The line.</param>
/// <param name="Paid">The line's Paid, in won.</param>
/// <param name="PaidEntries">Σ of the line's paid entries, in won.</param>
/// <param name="SettledRecoveries">Σ of the recoveries settled on the line, in won.</param>
public sealed record RecoveryLineCheck(Guid BudgetLineId, long Paid, long PaidEntries, long SettledRecoveries)
{
    /// <summary>Whether Paid = Σ paid entries − Σ settled recoveries.</summary>
    public bool Holds => Paid == PaidEntries - SettledRecoveries;
}
