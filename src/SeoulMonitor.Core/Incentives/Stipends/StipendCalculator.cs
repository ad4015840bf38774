using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Derives the stipend ledger from the rules in force and the evidence: one entry per completed participation
/// (<c>participation:{id}</c>) and per verified community activity (<c>community-activity:{id}</c>). Recalculation is
/// idempotent (the unique derivation key is the arbiter; a run that loses a race is run again and adds nothing).
/// When evidence disappears or a rule changes the amount, the live entry is corrected by a reversal entry
/// (<c>reversal:{entryId}</c>) and, if something is still owed, a new version (<c>participation:{id}:2</c>). Nothing is
/// edited or deleted. An unpaid entry moves to Reversed (its commitment released if approved) and its reversal is
/// Reversed with it; a reversal of an exported or paid entry stays Calculated as a recovery (환수) for finance.
/// </summary>
public sealed partial class StipendCalculator
{
    /// <summary>The audit entity type of a recalculation run.</summary>
    public const string RunEntity = "stipend_recalculation";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger<StipendCalculator> _logger;

    internal StipendCalculator(SeoulMonitorDbContext db, AuditTrail audit, TransitionRecorder recorder, TimeProvider time, ILogger<StipendCalculator> logger)
    {
        _db = db;
        _audit = audit;
        _recorder = recorder;
        _time = time;
        _logger = logger;
    }

    /// <summary>Recalculates every entry of a year (staff).</summary>
    public Task<Result<RecalculationReport>> RecalculateAsync(int year, Actor actor, CancellationToken cancellationToken = default) =>
        RunAsync(year, null, actor, cancellationToken);

    /// <summary>Recalculates the participation entries of one task (staff).</summary>
    public async Task<Result<RecalculationReport>> RecalculateTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var year = await _db.Set<MonitoringTask>().AsNoTracking().Where(t => t.Id == taskId).Select(t => (int?)t.Year)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return year is { } y
            ? await RunAsync(y, taskId, actor, cancellationToken).ConfigureAwait(false)
            : _recorder.Outcome(Result<RecalculationReport>.Failure(StipendErrors.TaskNotFound));
    }

    private async Task<Result<RecalculationReport>> RunAsync(int year, Guid? taskId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        DomainError? invalid = !StipendStore.IsStaff(actor) ? StipendErrors.Forbidden : !StipendStore.IsYearValid(year) ? StipendErrors.YearInvalid : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<RecalculationReport>.Failure(invalid));
        }

        using var gate = await SqliteWriteGate.EnterAsync(_db, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await _db.ExecuteAsync(ct => DeriveAsync(year, taskId, actor, ct), cancellationToken).ConfigureAwait(false);
                if (result.IsSuccess)
                {
                    _logger.Recalculated(year, taskId, result.Value.Created, result.Value.Reversed, result.Value.Unchanged);
                }

                return _recorder.Outcome(result);
            }
            catch (DbUpdateException ex) when (attempt < StipendLimits.RecalculationAttempts &&
                                               (ex is DbUpdateConcurrencyException || StorageErrors.IsUniqueViolation(ex)))
            {
                // Another recalculation derived the same keys first: run again on what it committed (adds nothing twice).
                _db.ChangeTracker.Clear();
                _logger.RecalculationRaced(year, attempt);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || StorageErrors.IsUniqueViolation(ex))
            {
                _db.ChangeTracker.Clear();
                return _recorder.Outcome(Result<RecalculationReport>.Failure(StipendErrors.ConcurrentChange));
            }
        }
    }

    private async Task<Result<RecalculationReport>> DeriveAsync(int year, Guid? taskId, Actor actor, CancellationToken ct)
    {
        await _db.LockNameAsync(StipendStore.YearLockKey(year), ct).ConfigureAwait(false);
        if (await StipendStore.IsYearClosedAsync(_db, year, ct).ConfigureAwait(false))
        {
            return StipendErrors.YearClosed;
        }

        await LockLinesAsync(year, ct).ConfigureAwait(false);
        var (yearRule, taskRules) = StipendStore.InForce(await StipendStore.RulesAsync(_db, year, ct).ConfigureAwait(false));
        var line = await StipendStore.FieldActivityLineAsync(_db, year, ct).ConfigureAwait(false);
        if (yearRule is null || line is null)
        {
            return yearRule is null ? StipendErrors.RuleMissing : StipendErrors.BudgetLineMissing;
        }

        var evidence = await EvidenceAsync(year, taskId, yearRule, taskRules, ct).ConfigureAwait(false);
        var entries = await _db.Set<StipendEntry>().Where(e => e.Year == year && (taskId == null || e.TaskId == taskId)).ToListAsync(ct).ConfigureAwait(false);
        var reversed = entries.Where(e => e.ReversesId != null).Select(e => e.ReversesId!.Value).ToHashSet();
        var bySource = entries.Where(e => e.Kind != StipendEntryKind.Reversal && e.SourceId != null).ToLookup(e => e.SourceId!.Value);

        // Evidence that no longer counts but still has a live entry is owed nothing now.
        foreach (var orphan in bySource.Where(g => !evidence.ContainsKey(g.Key)))
        {
            var first = orphan.First();
            evidence[orphan.Key] = new EvidenceItem(
                first.Kind == StipendEntryKind.Participation ? ParticipationPrefix : CommunityPrefix, first.Kind, orphan.Key,
                first.MonitorId, first.CommunityId, first.TaskId, null, 0);
        }

        var now = _time.GetUtcNow();
        var (created, reversedCount, unchanged) = (0, 0, 0);
        foreach (var item in evidence.Values.OrderBy(e => e.SourceId))
        {
            var versions = bySource[item.SourceId].ToList();
            var live = versions.SingleOrDefault(e => !reversed.Contains(e.Id));
            if (live is not null && live.Amount == item.Amount)
            {
                unchanged++;
                continue;
            }

            if (live is not null)
            {
                var reason = item.Amount == 0 ? ReasonEvidenceGone : ReasonRuleChanged;
                var reversal = await ReverseAsync(live, reason, actor, now, ct).ConfigureAwait(false);
                if (!reversal.IsSuccess)
                {
                    return reversal.Error;
                }

                reversedCount++;
            }

            if (item.Amount > 0)
            {
                _db.Set<StipendEntry>().Add(NewEntry(item, versions.Count + 1, year, line.Id, now));
                created++;
            }
        }

        var report = new RecalculationReport(year, taskId, evidence.Count, created, reversedCount, unchanged);
        await _audit.RecordAsync(actor, RunEntity, taskId?.ToString("D") ?? year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Recalculate", null, "Done", $"{created} created, {reversedCount} reversed, {unchanged} unchanged", ct).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// Locks the budget lines the recalculation may release commitments on (the year's field-activity lines and those of
    /// its approved entries), in id order, before the first audit record: approvals lock their lines and then append to
    /// the audit trail (which holds its lock until commit), so the same order here keeps the two from deadlocking.
    /// </summary>
    private async Task LockLinesAsync(int year, CancellationToken ct)
    {
        var lineIds = await _db.Set<BudgetLine>().AsNoTracking()
            .Where(l => l.Year == year && l.Purpose == BudgetPurpose.FieldActivity).Select(l => l.Id)
            .Union(_db.Set<StipendEntry>().AsNoTracking().Where(e => e.Year == year && e.State == StipendEntryState.Approved).Select(e => e.BudgetLineId))
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var lineId in lineIds.Distinct().Order())
        {
            await _db.LockByIdAsync<BudgetLine>("budget_lines", lineId, ct).ConfigureAwait(false);
        }
    }
}
