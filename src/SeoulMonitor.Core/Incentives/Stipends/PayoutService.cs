using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Monthly payouts (staff): export the approved entries not yet exported of the month's budget year into a batch
/// (entries Exported; audited; the payees' due recoveries of that year netted, a row never below zero), read the batch's
/// bank-transfer file (access-logged: it discloses names and mobiles), and mark the batch paid (entries Paid; each moved
/// from committed to paid on its budget line; the netted recoveries taken off the line's paid; monitors told). A month
/// of a closed budget year is refused.
/// </summary>
public sealed partial class PayoutService
{
    /// <summary>The audit and access-log subject type of payout batches.</summary>
    public const string Entity = "payout_batch";

    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly PersonalDataAccessLog _accessLog;
    private readonly TimeProvider _time;
    private readonly ILogger<PayoutService> _logger;

    internal PayoutService(
        SeoulMonitorDbContext db, TransitionRecorder recorder, PersonalDataAccessLog accessLog, TimeProvider time, ILogger<PayoutService> logger)
    {
        _db = db;
        _recorder = recorder;
        _accessLog = accessLog;
        _time = time;
        _logger = logger;
    }

    /// <summary>Whether <paramref name="month"/> is an existing month written <c>yyyy-MM</c> within the program's years.</summary>
    public static bool IsMonth(string? month) =>
        month is { Length: 7 } &&
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) &&
        StipendStore.IsYearValid(first.Year);

    /// <summary>
    /// Exports the approved entries not yet exported whose budget year is <paramref name="month"/>'s year as the batch of
    /// that month, netting the payees' due recoveries of the same year.
    /// </summary>
    public async Task<Result<PayoutBatchView>> ExportAsync(string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        DomainError? invalid = !StipendStore.IsStaff(actor) ? StipendErrors.Forbidden : !IsMonth(month) ? StipendErrors.MonthInvalid : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<PayoutBatchView>.Failure(invalid));
        }

        var result = await GuardAsync(() => _db.ExecuteAsync<PayoutBatchView>(async ct =>
        {
            await _db.LockNameAsync(StipendStore.PayoutLockKey, ct).ConfigureAwait(false);
            var year = int.Parse(month![..4], CultureInfo.InvariantCulture);
            if (await StipendStore.IsYearClosedAsync(_db, year, ct).ConfigureAwait(false))
            {
                return PayoutErrors.YearClosed;
            }

            var entries = await _db.Set<StipendEntry>()
                .Where(e => e.State == StipendEntryState.Approved && e.PayoutBatchId == null && e.Kind != StipendEntryKind.Reversal && e.Year == year)
                .ToListAsync(ct).ConfigureAwait(false);
            if (entries.Count == 0)
            {
                return StipendErrors.NothingToExport;
            }

            var now = _time.GetUtcNow();
            var batch = new PayoutBatch
            {
                Id = Guid.CreateVersion7(now),
                Month = month!,
                State = PayoutBatchState.Exported,
                EntryCount = entries.Count,
                Total = entries.Sum(e => e.Amount),
                ExportedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<PayoutBatch>().Add(batch);
            await _recorder.CreationAsync(actor, Entity, batch.Id, "Export", batch.State, month, ct).ConfigureAwait(false);
            var deductions = await RecoveryNetting.NetAsync(_db, _recorder, actor, batch, year, entries, now, ct).ConfigureAwait(false);
            batch.Recovered = deductions.Sum(d => d.Amount);
            foreach (var entry in entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id))
            {
                var to = StipendEntryLifecycle.Table.Fire(entry.State, StipendEntryEvent.Export).Value;
                var from = entry.State;
                entry.State = to;
                entry.PayoutBatchId = batch.Id;
                StipendStore.Touch(entry, now);
                await _recorder.TransitionAsync(actor, StipendEntryLifecycle.Entity, entry.Id, StipendEntryEvent.Export, from, to, null, ct).ConfigureAwait(false);
            }

            return PayoutBatchView.From(batch);
        }, cancellationToken)).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            _logger.Exported(result.Value.Id, result.Value.Month, result.Value.EntryCount, result.Value.Total);
            if (result.Value.Recovered > 0)
            {
                _logger.RecoveriesNetted(result.Value.Id, result.Value.Recovered);
            }
        }

        return _recorder.Outcome(result);
    }

    /// <summary>
    /// Marks an exported batch paid: its entries Paid, each paid on its budget line, and its netted recoveries taken off
    /// the line's paid (settled); refused if already paid or the year is closed.
    /// </summary>
    public async Task<Result<PayoutBatchView>> MarkPaidAsync(Guid batchId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!StipendStore.IsStaff(actor))
        {
            return _recorder.Outcome(Result<PayoutBatchView>.Failure(StipendErrors.Forbidden));
        }

        var result = await GuardAsync(() => _db.ExecuteAsync<PayoutBatchView>(async ct =>
        {
            var batch = await _db.LockByIdAsync<PayoutBatch>("payout_batches", batchId, ct).ConfigureAwait(false);
            if (batch is null || batch.State == PayoutBatchState.Paid)
            {
                return batch is null ? StipendErrors.BatchNotFound : StipendErrors.BatchAlreadyPaid;
            }

            var lineIds = await _db.Set<StipendEntry>().AsNoTracking().Where(e => e.PayoutBatchId == batchId).Select(e => e.BudgetLineId).Distinct()
                .ToListAsync(ct).ConfigureAwait(false);
            var netted = _db.Set<RecoveryDeduction>().Where(d => d.PayoutBatchId == batchId).Select(d => d.RecoveryId);
            lineIds.AddRange(await _db.Set<Recovery>().AsNoTracking().Where(r => netted.Contains(r.Id)).Select(r => r.BudgetLineId)
                .ToListAsync(ct).ConfigureAwait(false));
            foreach (var lineId in lineIds.Distinct().Order())
            {
                await _db.LockByIdAsync<BudgetLine>("budget_lines", lineId, ct).ConfigureAwait(false);
            }

            var entries = await _db.Set<StipendEntry>().Where(e => e.PayoutBatchId == batchId).ToListAsync(ct).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            foreach (var entry in entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id))
            {
                var fired = StipendEntryLifecycle.Table.Fire(entry.State, StipendEntryEvent.Pay);
                if (!fired.IsSuccess)
                {
                    return fired.Error;
                }

                var paid = await BudgetLedger.PayAsync(_db, entry.BudgetLineId, BudgetPurpose.FieldActivity, entry.Amount, ct).ConfigureAwait(false);
                if (!paid.IsSuccess)
                {
                    return paid.Error;
                }

                var from = entry.State;
                entry.State = fired.Value;
                StipendStore.Touch(entry, now);
                await _recorder.TransitionAsync(actor, StipendEntryLifecycle.Entity, entry.Id, StipendEntryEvent.Pay, from, entry.State, null, ct).ConfigureAwait(false);
            }

            var settled = await RecoveryNetting.SettleAsync(_db, batchId, now, ct).ConfigureAwait(false);
            if (!settled.IsSuccess)
            {
                return settled.Error;
            }

            batch.State = PayoutBatchState.Paid;
            batch.PaidAt = now;
            batch.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, Entity, batch.Id, StipendEntryEvent.Pay, PayoutBatchState.Exported, PayoutBatchState.Paid, null, ct).ConfigureAwait(false);
            await NotifyPaidAsync(batch, entries, now, ct).ConfigureAwait(false);
            return PayoutBatchView.From(batch);
        }, cancellationToken)).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            _logger.Paid(result.Value.Id, result.Value.EntryCount, result.Value.Total);
        }

        return _recorder.Outcome(result);
    }

    /// <summary>One batch (no personal data).</summary>
    public async Task<Result<PayoutBatchView>> GetAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        var batch = await _db.Set<PayoutBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken).ConfigureAwait(false);
        return batch is null ? StipendErrors.BatchNotFound : PayoutBatchView.From(batch);
    }

    private async Task<Result<T>> GuardAsync<T>(Func<Task<Result<T>>> work)
    {
        using var gate = await SqliteWriteGate.EnterAsync(_db, CancellationToken.None).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            return StipendErrors.ConcurrentChange;
        }
    }
}
