using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Budget;

public sealed partial class BudgetService
{
    /// <summary>
    /// Staff amend a line's amount (1..<see cref="IncentiveLimits.MaxLineAmount"/> won, never below Committed + Paid:
    /// <c>budget.amount.below_used</c>) in an open year; one audit record with the old and new amounts.
    /// </summary>
    public Task<Result<BudgetLineView>> AmendLineAsync(Guid lineId, long amount, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<BudgetLineView>(actor, async ct =>
        {
            if (amount is < 1 or > IncentiveLimits.MaxLineAmount)
            {
                return BudgetErrors.LineAmountInvalid("amount");
            }

            // Serialise on the year first (as closing does), then on the line: an amendment and a close never interleave.
            var year = await _db.Set<BudgetLine>().AsNoTracking().Where(l => l.Id == lineId).Select(l => (int?)l.Year).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (year is not { } lineYear)
            {
                return BudgetErrors.LineNotFound;
            }

            await LockYearRowAsync(lineYear, ct).ConfigureAwait(false);
            var line = await _db.LockByIdAsync<BudgetLine>("budget_lines", lineId, ct).ConfigureAwait(false);
            if (line is null)
            {
                return BudgetErrors.LineNotFound;
            }

            if (await _db.Set<BudgetYear>().AnyAsync(y => y.Year == line.Year && y.IsClosed, ct).ConfigureAwait(false))
            {
                return BudgetErrors.YearClosed;
            }

            if (amount < line.Committed + line.Paid)
            {
                return BudgetErrors.AmountBelowUsed;
            }

            var before = line.Amount;
            line.Amount = amount;
            line.Version = Guid.NewGuid();
            await _audit.RecordAsync(actor, LineEntity, line.Id.ToString("D"), "Amend", "Active", "Active",
                string.Create(CultureInfo.InvariantCulture, $"Amount {before:N0} → {amount:N0} won."), ct).ConfigureAwait(false);
            _logger.BudgetLineChanged(line.Id, line.Year, "amended", actor.ToString(), amount);
            return BudgetLineView.From(line);
        }, cancellationToken);
    }

    /// <summary>
    /// Staff close a year: the ledger then refuses new commitments and payments on its lines. Refused with
    /// <c>budget.year.recoveries_outstanding</c> (naming how many and how much) while a recovery of the year is not
    /// settled: netted in a batch that is not paid yet, or still due.
    /// </summary>
    public Task<Result<BudgetYearView>> CloseYearAsync(int year, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<BudgetYearView>(actor, async ct =>
        {
            var budgetYear = await LockYearAsync(year, ct).ConfigureAwait(false);
            if (budgetYear is null)
            {
                return BudgetErrors.YearNotFound;
            }

            if (budgetYear.IsClosed)
            {
                return BudgetErrors.YearAlreadyClosed;
            }

            var unsettled = await _db.Set<Recovery>().AsNoTracking().Where(r => r.Year == year && r.Settled < r.Amount)
                .ToListAsync(ct).ConfigureAwait(false);
            if (unsettled.Count > 0)
            {
                var due = RecoverySums.Of(unsettled);
                _logger.BudgetYearCloseRefused(year, due.Outstanding, due.OutstandingAmount + due.NettingAmount);
                return BudgetErrors.RecoveriesOutstanding(due.Outstanding, due.OutstandingAmount + due.NettingAmount);
            }

            budgetYear.IsClosed = true;
            budgetYear.ClosedAt = _time.GetUtcNow();
            await _audit.RecordAsync(actor, YearEntity, YearId(year), "Close", "Open", "Closed", null, ct).ConfigureAwait(false);
            _logger.BudgetYearChanged(year, "closed", actor.ToString());
            return BudgetYearView.From(budgetYear);
        }, cancellationToken);
    }

    /// <summary>Staff reopen a closed year, with a reason.</summary>
    public Task<Result<BudgetYearView>> ReopenYearAsync(int year, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<BudgetYearView>(actor, async ct =>
        {
            var trimmed = reason?.Trim();
            if (string.IsNullOrEmpty(trimmed) || trimmed.Length > IncentiveLimits.TextMaxLength)
            {
                return BudgetErrors.ReasonRequired;
            }

            var budgetYear = await LockYearAsync(year, ct).ConfigureAwait(false);
            if (budgetYear is null)
            {
                return BudgetErrors.YearNotFound;
            }

            if (!budgetYear.IsClosed)
            {
                return BudgetErrors.YearNotClosed;
            }

            budgetYear.IsClosed = false;
            budgetYear.ClosedAt = null;
            await _audit.RecordAsync(actor, YearEntity, YearId(year), "Reopen", "Closed", "Open", trimmed, ct).ConfigureAwait(false);
            _logger.BudgetYearChanged(year, "reopened", actor.ToString());
            return BudgetYearView.From(budgetYear);
        }, cancellationToken);
    }

    /// <summary>
    /// Loads the year for change, holding the year's stipend lock (a recalculation that opens recoveries finishes first),
    /// the year's row lock (shared with line amendments) and the locks of all its lines (PostgreSQL; on SQLite the write
    /// lock serialises writers): a commitment in flight finishes first, and the next one sees the year's new state after
    /// its line's lock. Lock order everywhere: stipend year lock, year row, lines.
    /// </summary>
    private async Task<BudgetYear?> LockYearAsync(int year, CancellationToken ct)
    {
        await _db.LockNameAsync(BudgetLoader.LockKey, ct).ConfigureAwait(false);
        await _db.LockNameAsync(StipendStore.YearLockKey(year), ct).ConfigureAwait(false);
        await LockYearRowAsync(year, ct).ConfigureAwait(false);
        if (_db.Provider == StorageProvider.PostgreSql)
        {
            await _db.Set<BudgetLine>().FromSql($"SELECT * FROM \"budget_lines\" WHERE \"Year\" = {year} FOR UPDATE")
                .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        }

        return await _db.Set<BudgetYear>().SingleOrDefaultAsync(y => y.Year == year, ct).ConfigureAwait(false);
    }

    /// <summary>Locks the year's row (PostgreSQL <c>FOR UPDATE</c>; SQLite transactions are IMMEDIATE).</summary>
    private async Task LockYearRowAsync(int year, CancellationToken ct)
    {
        if (_db.Provider == StorageProvider.PostgreSql)
        {
            await _db.Set<BudgetYear>().FromSql($"SELECT * FROM \"budget_years\" WHERE \"Year\" = {year} FOR UPDATE")
                .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        }
    }
}
