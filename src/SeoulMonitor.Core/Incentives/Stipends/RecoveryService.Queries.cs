using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;

namespace SeoulMonitor.Core.Incentives.Stipends;

public sealed partial class RecoveryService
{
    /// <summary>The monitor's own recoveries (newest first).</summary>
    public async Task<IReadOnlyList<RecoveryView>> MineAsync(Guid monitorId, int? year = null, CancellationToken cancellationToken = default)
    {
        var rows = await _db.Set<Recovery>().AsNoTracking().Where(r => r.MonitorId == monitorId && (year == null || r.Year == year))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Select(RecoveryView.From).ToList();
    }

    /// <summary>Staff: recoveries by year and state (at most <see cref="RecoveryLimits.MaxListed"/>, oldest first).</summary>
    public async Task<Result<IReadOnlyList<RecoveryView>>> ListAsync(int? year, RecoveryState? state, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!StipendStore.IsStaff(actor))
        {
            return StipendErrors.Forbidden;
        }

        if (year is { } y && !StipendStore.IsYearValid(y))
        {
            return StipendErrors.YearInvalid;
        }

        var rows = await _db.Set<Recovery>().AsNoTracking().Where(r => (year == null || r.Year == year) && (state == null || r.State == state))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(RecoveryLimits.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(RecoveryView.From).ToList();
    }

    /// <summary>
    /// Staff: the recovery invariants of a year: for every field-activity line, Paid = Σ paid entries − Σ settled
    /// recoveries; every recovery's amount is its reversed entry's and the negative of its reversal.
    /// </summary>
    public async Task<Result<RecoveryLedgerCheck>> CheckAsync(int year, CancellationToken cancellationToken = default)
    {
        if (!StipendStore.IsYearValid(year))
        {
            return StipendErrors.YearInvalid;
        }

        var lines = await _db.Set<BudgetLine>().AsNoTracking().Where(l => l.Year == year && l.Purpose == BudgetPurpose.FieldActivity)
            .Select(l => new { l.Id, l.Paid }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var paid = await _db.Set<StipendEntry>().AsNoTracking()
            .Where(e => e.Year == year && e.State == StipendEntryState.Paid && e.Kind != StipendEntryKind.Reversal)
            .GroupBy(e => e.BudgetLineId).Select(g => new { g.Key, Sum = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, cancellationToken).ConfigureAwait(false);
        var recoveries = await _db.Set<Recovery>().AsNoTracking().Where(r => r.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        var settled = recoveries.GroupBy(r => r.BudgetLineId).ToDictionary(g => g.Key, g => g.Sum(r => r.Settled));
        var ids = recoveries.SelectMany(r => new[] { r.EntryId, r.ReversalId }).ToList();
        var amounts = await _db.Set<StipendEntry>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Amount })
            .ToDictionaryAsync(e => e.Id, e => e.Amount, cancellationToken).ConfigureAwait(false);
        var unbalanced = recoveries
            .Where(r => amounts.GetValueOrDefault(r.EntryId) != r.Amount || amounts.GetValueOrDefault(r.ReversalId) != -r.Amount)
            .Select(r => r.Id).ToList();
        var checks = lines.OrderBy(l => l.Id)
            .Select(l => new RecoveryLineCheck(l.Id, l.Paid, paid.GetValueOrDefault(l.Id), settled.GetValueOrDefault(l.Id))).ToList();
        return new RecoveryLedgerCheck(year, checks, recoveries.Sum(r => r.Amount - r.Netted - r.Collected), recoveries.Sum(r => r.Settled), unbalanced);
    }
}
