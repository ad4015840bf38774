using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// The one place that moves money on budget lines, inside the caller's unit of work: commit (approve), release (undo a
/// commitment), pay (committed → paid), recover (paid money got back). Each locks the line for the rest of the transaction (PostgreSQL row lock;
/// SQLite transactions are already serialised), refuses closed years, the wrong purpose and overdrafts, and leaves the
/// saving to the caller. A database check constraint (<c>Committed + Paid ≤ Amount</c>) backs the rule.
/// </summary>
internal static class BudgetLedger
{
    /// <summary>Commits <paramref name="amount"/> won on the line (Committed += amount) if it stays within the budget.</summary>
    public static async Task<Result<BudgetLine>> CommitAsync(
        SeoulMonitorDbContext db, Guid lineId, BudgetPurpose purpose, long amount, CancellationToken cancellationToken)
    {
        var line = await LockAsync(db, lineId, purpose, amount, cancellationToken).ConfigureAwait(false);
        if (!line.IsSuccess)
        {
            return line;
        }

        if (line.Value.Committed + line.Value.Paid + amount > line.Value.Amount)
        {
            return BudgetErrors.Overdrawn;
        }

        line.Value.Committed += amount;
        line.Value.Version = Guid.NewGuid();
        return line;
    }

    /// <summary>Releases a commitment (Committed -= amount).</summary>
    public static async Task<Result<BudgetLine>> ReleaseAsync(
        SeoulMonitorDbContext db, Guid lineId, BudgetPurpose purpose, long amount, CancellationToken cancellationToken)
    {
        var line = await LockAsync(db, lineId, purpose, amount, cancellationToken).ConfigureAwait(false);
        if (!line.IsSuccess)
        {
            return line;
        }

        if (line.Value.Committed < amount)
        {
            return BudgetErrors.NotCommitted;
        }

        line.Value.Committed -= amount;
        line.Value.Version = Guid.NewGuid();
        return line;
    }

    /// <summary>Pays a commitment (Committed -= amount, Paid += amount).</summary>
    public static async Task<Result<BudgetLine>> PayAsync(
        SeoulMonitorDbContext db, Guid lineId, BudgetPurpose purpose, long amount, CancellationToken cancellationToken)
    {
        var line = await LockAsync(db, lineId, purpose, amount, cancellationToken).ConfigureAwait(false);
        if (!line.IsSuccess)
        {
            return line;
        }

        if (line.Value.Committed < amount)
        {
            return BudgetErrors.NotCommitted;
        }

        line.Value.Committed -= amount;
        line.Value.Paid += amount;
        line.Value.Version = Guid.NewGuid();
        return line;
    }

    /// <summary>
    /// Recovers a payment (환수): Paid -= amount, for money paid on the line and got back (netted in a later payout or
    /// collected by finance). Refused if the line has not paid that much (Paid never goes below zero).
    /// </summary>
    public static async Task<Result<BudgetLine>> RecoverAsync(
        SeoulMonitorDbContext db, Guid lineId, BudgetPurpose purpose, long amount, CancellationToken cancellationToken)
    {
        var line = await LockAsync(db, lineId, purpose, amount, cancellationToken).ConfigureAwait(false);
        if (!line.IsSuccess)
        {
            return line;
        }

        if (line.Value.Paid < amount)
        {
            return BudgetErrors.NotPaid;
        }

        line.Value.Paid -= amount;
        line.Value.Version = Guid.NewGuid();
        return line;
    }

    private static async Task<Result<BudgetLine>> LockAsync(
        SeoulMonitorDbContext db, Guid lineId, BudgetPurpose purpose, long amount, CancellationToken cancellationToken)
    {
        if (amount is <= 0 or > IncentiveLimits.MaxEntryAmount)
        {
            return BudgetErrors.AmountInvalid;
        }

        var line = await db.LockByIdAsync<BudgetLine>("budget_lines", lineId, cancellationToken).ConfigureAwait(false);
        if (line is null)
        {
            return BudgetErrors.LineNotFound;
        }

        if (line.Purpose != purpose)
        {
            return BudgetErrors.WrongPurpose;
        }

        var closed = await db.Set<BudgetYear>().AnyAsync(y => y.Year == line.Year && y.IsClosed, cancellationToken).ConfigureAwait(false);
        return closed ? BudgetErrors.YearClosed : line;
    }
}
