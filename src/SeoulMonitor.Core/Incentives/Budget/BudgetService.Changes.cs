using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
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

    /// <summary>Staff close a year: the ledger then refuses new commitments and payments on its lines.</summary>
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
    /// Loads the year for change, holding the locks of all its lines (PostgreSQL; on SQLite the write lock serialises
    /// writers): a commitment in flight finishes first, and the next one sees the year's new state after its line's lock.
    /// </summary>
    private async Task<BudgetYear?> LockYearAsync(int year, CancellationToken ct)
    {
        await _db.LockNameAsync(BudgetLoader.LockKey, ct).ConfigureAwait(false);
        if (_db.Provider == StorageProvider.PostgreSql)
        {
            await _db.Set<BudgetLine>().FromSql($"SELECT * FROM \"budget_lines\" WHERE \"Year\" = {year} FOR UPDATE")
                .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        }

        return await _db.Set<BudgetYear>().SingleOrDefaultAsync(y => y.Year == year, ct).ConfigureAwait(false);
    }
}
