namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Ledger totals in won, by state (payable entries only, reversals apart): calculated, approved, exported, paid, held;
/// <paramref name="Reversed"/> sums the entries cancelled before payment. Recoveries (환수) of exported or paid entries
/// are reported apart, from the recovery records, as positive won: <paramref name="RecoveriesOutstanding"/> still due
/// from the payees (amount − netted − collected), <paramref name="RecoveriesNetting"/> netted in exported batches not yet
/// paid, <paramref name="RecoveriesSettled"/> taken off the budget line's paid (netted in paid batches or collected);
/// a settled recovery no longer counts as outstanding. <paramref name="Net"/> sums every entry (reversals included).
/// </summary>
public sealed record StipendTotals(
    int? Year, long Calculated, long Approved, long Exported, long Paid, long Held, long Reversed,
    long RecoveriesOutstanding, long RecoveriesNetting, long RecoveriesSettled, long Net, int Entries);
