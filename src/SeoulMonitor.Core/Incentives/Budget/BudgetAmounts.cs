namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>Totals of several lines, in won; the execution rate is paid ÷ budget in percent (two decimals).</summary>
public sealed record BudgetAmounts(int Lines, long Amount, long Committed, long Paid, long Remaining, decimal ExecutionRate)
{
    /// <summary>The totals of <paramref name="lines"/>.</summary>
    public static BudgetAmounts Of(IEnumerable<BudgetLineView> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToList();
        var amount = list.Sum(l => l.Amount);
        var paid = list.Sum(l => l.Paid);
        var committed = list.Sum(l => l.Committed);
        return new(list.Count, amount, committed, paid, amount - committed - paid, Rate(paid, amount));
    }

    /// <summary>Paid ÷ budget in percent, rounded to two decimals (0 for an empty budget).</summary>
    public static decimal Rate(long paid, long amount) =>
        amount == 0 ? 0m : Math.Round(paid * 100m / amount, 2, MidpointRounding.AwayFromZero);
}
