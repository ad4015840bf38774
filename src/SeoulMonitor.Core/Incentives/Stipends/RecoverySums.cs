using SeoulMonitor.Core.Incentives.Budget;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>Sums recoveries apart: outstanding (not fully settled; the won still due), netting in unpaid batches, settled.</summary>
internal static class RecoverySums
{
    public static BudgetRecoveryTotals Of(IEnumerable<Recovery> recoveries)
    {
        var list = recoveries as IReadOnlyCollection<Recovery> ?? recoveries.ToList();
        return new BudgetRecoveryTotals(
            list.Count(IsOutstanding),
            list.Sum(r => r.Amount - r.Netted - r.Collected),
            list.Sum(r => r.Netted + r.Collected - r.Settled),
            list.Sum(r => r.Settled));
    }

    /// <summary>Not yet fully taken off the line's Paid (due, or netted in a batch that is not paid yet).</summary>
    public static bool IsOutstanding(Recovery recovery) => recovery.Settled < recovery.Amount;
}
