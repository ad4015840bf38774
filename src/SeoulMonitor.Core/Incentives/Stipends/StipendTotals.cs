namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Ledger totals in won, by state (payable entries only, reversals apart): calculated, approved, exported, paid, held;
/// <paramref name="Reversed"/> sums the entries cancelled before payment; <paramref name="Recoveries"/> sums the open
/// reversals of exported or paid entries (환수); <paramref name="Net"/> sums every entry (reversals included).
/// </summary>
public sealed record StipendTotals(
    int? Year, long Calculated, long Approved, long Exported, long Paid, long Held, long Reversed, long Recoveries, long Net, int Entries);
