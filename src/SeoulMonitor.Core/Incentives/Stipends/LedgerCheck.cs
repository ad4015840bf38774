namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// The ledger invariants of a year: for every piece of evidence the sum of its entries (reversals included) equals what
/// the rules in force pay for it now, and every reversal is the exact negative of the entry it reverses.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Evidence">Pieces of evidence checked.</param>
/// <param name="Mismatches">Evidence whose entries do not sum to the rule's output (<c>source: expected ≠ actual</c>).</param>
/// <param name="UnbalancedReversals">Reversals that are not the negative of their entry.</param>
public sealed record LedgerCheck(int Year, int Evidence, IReadOnlyList<string> Mismatches, IReadOnlyList<Guid> UnbalancedReversals)
{
    /// <summary>Whether every invariant holds.</summary>
    public bool Holds => Mismatches.Count == 0 && UnbalancedReversals.Count == 0;
}
