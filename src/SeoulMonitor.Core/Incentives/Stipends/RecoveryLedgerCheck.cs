namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>The recovery invariants of a year's field-activity lines, and the year's recovery totals.</summary>
/// <param name="Year">The budget year.</param>
/// <param name="Lines">One check per field-activity line.</param>
/// <param name="Due">Σ outstanding, in won.</param>
/// <param name="Settled">Σ settled on the lines, in won.</param>
/// <param name="Unbalanced">Recoveries whose amount is not the reversed entry's (or whose reversal is not its negative).</param>
public sealed record RecoveryLedgerCheck(int Year, IReadOnlyList<RecoveryLineCheck> Lines, long Due, long Settled, IReadOnlyList<Guid> Unbalanced)
{
    /// <summary>Whether every invariant holds.</summary>
    public bool Holds => Unbalanced.Count == 0 && Lines.All(l => l.Holds);
}
