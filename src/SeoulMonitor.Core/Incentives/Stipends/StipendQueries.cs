using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>Reads of the stipend ledger: a monitor's own entries, the staff list, totals and the invariant check.</summary>
public sealed partial class StipendQueries
{
    private readonly SeoulMonitorDbContext _db;
    private readonly StipendCalculator _calculator;

    internal StipendQueries(SeoulMonitorDbContext db, StipendCalculator calculator)
    {
        _db = db;
        _calculator = calculator;
    }

    /// <summary>The monitor's own entries (newest first) and totals per year.</summary>
    public async Task<MyStipends> MineAsync(Guid monitorId, int? year = null, CancellationToken cancellationToken = default)
    {
        var entries = await _db.Set<StipendEntry>().AsNoTracking().Where(e => e.MonitorId == monitorId && (year == null || e.Year == year))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recoveries = await _db.Set<Recovery>().AsNoTracking().Where(r => r.MonitorId == monitorId && (year == null || r.Year == year))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var years = entries.GroupBy(e => e.Year).OrderBy(g => g.Key).Select(g => Totals(g.Key, g.ToList(), recoveries.Where(r => r.Year == g.Key))).ToList();
        return new MyStipends(monitorId, entries.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id).Select(StipendEntryView.From).ToList(), years);
    }

    /// <summary>
    /// Staff: entries by year, state, monitor or batch, one keyset page in id order (ids are time-ordered version 7
    /// GUIDs, so oldest first): at most <see cref="StipendQuery.Limit"/>; the next page starts after the last id.
    /// </summary>
    public async Task<Result<IReadOnlyList<StipendEntryView>>> ListAsync(StipendQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        if (!StipendStore.IsStaff(actor))
        {
            return StipendErrors.Forbidden;
        }

        if (query.Year is { } y && !StipendStore.IsYearValid(y))
        {
            return StipendErrors.YearInvalid;
        }

        if (query.Limit is < 1 or > StipendLimits.MaxListed)
        {
            return StipendErrors.LimitInvalid;
        }

        var entries = _db.Set<StipendEntry>().AsNoTracking()
            .Where(e => (query.Year == null || e.Year == query.Year) && (query.State == null || e.State == query.State)
                && (query.MonitorId == null || e.MonitorId == query.MonitorId) && (query.PayoutBatchId == null || e.PayoutBatchId == query.PayoutBatchId));
        if (query.After is { } after)
        {
            entries = entries.Where(e => e.Id.CompareTo(after) > 0);
        }

        var rows = await entries.OrderBy(e => e.Id).Take(query.Limit ?? StipendLimits.MaxListed)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(StipendEntryView.From).ToList();
    }

    /// <summary>Staff: the ledger totals of a year.</summary>
    public async Task<Result<StipendTotals>> TotalsAsync(int year, CancellationToken cancellationToken = default)
    {
        if (!StipendStore.IsYearValid(year))
        {
            return StipendErrors.YearInvalid;
        }

        var entries = await _db.Set<StipendEntry>().AsNoTracking().Where(e => e.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        var recoveries = await _db.Set<Recovery>().AsNoTracking().Where(r => r.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Totals(year, entries, recoveries);
    }

    /// <summary>Staff: checks the ledger invariants of a year against the rules in force and the evidence now.</summary>
    public async Task<Result<LedgerCheck>> CheckAsync(int year, CancellationToken cancellationToken = default)
    {
        if (!StipendStore.IsYearValid(year))
        {
            return StipendErrors.YearInvalid;
        }

        var (yearRule, taskRules) = StipendStore.InForce(await StipendStore.RulesAsync(_db, year, cancellationToken).ConfigureAwait(false));
        var expected = yearRule is null
            ? []
            : await _calculator.ExpectedAsync(year, yearRule, taskRules, cancellationToken).ConfigureAwait(false);
        var entries = await _db.Set<StipendEntry>().AsNoTracking().Where(e => e.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = entries.ToDictionary(e => e.Id);
        var actual = entries.Where(e => e.SourceId != null).GroupBy(e => e.SourceId!.Value).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
        var mismatches = new List<string>();
        foreach (var source in expected.Keys.Union(actual.Keys).Order())
        {
            var (want, have) = (expected.GetValueOrDefault(source), actual.GetValueOrDefault(source));
            if (want != have)
            {
                mismatches.Add($"{source:D}: expected {want}, actual {have}");
            }
        }

        var unbalanced = entries.Where(e => e.ReversesId is { } r && (!byId.TryGetValue(r, out var original) || original.Amount != -e.Amount))
            .Select(e => e.Id).ToList();
        return new LedgerCheck(year, expected.Keys.Union(actual.Keys).Count(), mismatches, unbalanced);
    }

    internal static StipendTotals Totals(int? year, IReadOnlyCollection<StipendEntry> entries, IEnumerable<Recovery> recoveries)
    {
        long Sum(StipendEntryState state) => entries.Where(e => e.Kind != StipendEntryKind.Reversal && e.State == state).Sum(e => e.Amount);
        var recovered = RecoverySums.Of(recoveries);
        return new StipendTotals(
            year, Sum(StipendEntryState.Calculated), Sum(StipendEntryState.Approved), Sum(StipendEntryState.Exported), Sum(StipendEntryState.Paid),
            Sum(StipendEntryState.Held), Sum(StipendEntryState.Reversed),
            recovered.OutstandingAmount, recovered.NettingAmount, recovered.SettledAmount, entries.Sum(e => e.Amount), entries.Count);
    }
}
