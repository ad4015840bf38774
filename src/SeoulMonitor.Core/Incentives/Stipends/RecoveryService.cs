using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Recoveries (환수): staff record the rest of a due recovery as collected by finance with a reference (one audited
/// transition; the amount taken off the line's paid through the budget ledger); a monitor reads their own; staff list
/// them and check the line invariant. Netting in payout batches is done by <see cref="PayoutService"/>.
/// </summary>
public sealed partial class RecoveryService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger<RecoveryService> _logger;

    internal RecoveryService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, ILogger<RecoveryService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _logger = logger;
    }

    /// <summary>Records the rest of a due recovery as collected by finance (reference required); refused until the reversed entry is paid.</summary>
    public async Task<Result<RecoveryView>> CollectAsync(Guid id, string? reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var trimmed = reference?.Trim();
        DomainError? invalid = !StipendStore.IsStaff(actor) ? StipendErrors.Forbidden
            : trimmed is null || trimmed.Length < RecoveryLimits.ReferenceMinLength || trimmed.Length > RecoveryLimits.ReferenceMaxLength ? RecoveryErrors.ReferenceInvalid
            : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<RecoveryView>.Failure(invalid));
        }

        var result = await GuardAsync(() => _db.ExecuteAsync<RecoveryView>(async ct =>
        {
            var peek = await _db.Set<Recovery>().AsNoTracking().Where(r => r.Id == id).Select(r => (Guid?)r.BudgetLineId).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (peek is not { } lineId)
            {
                return RecoveryErrors.NotFound;
            }

            await _db.LockByIdAsync<BudgetLine>("budget_lines", lineId, ct).ConfigureAwait(false);
            var recovery = await _db.Set<Recovery>().SingleAsync(r => r.Id == id, ct).ConfigureAwait(false);
            var fired = RecoveryLifecycle.Table.Fire(recovery.State, RecoveryEvent.Collect);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            if (!await _db.Set<StipendEntry>().AnyAsync(e => e.Id == recovery.EntryId && e.State == StipendEntryState.Paid, ct).ConfigureAwait(false))
            {
                return RecoveryErrors.NotYetPaid;
            }

            var amount = recovery.Amount - recovery.Netted - recovery.Collected;
            var recovered = await BudgetLedger.RecoverAsync(_db, recovery.BudgetLineId, BudgetPurpose.FieldActivity, amount, ct).ConfigureAwait(false);
            if (!recovered.IsSuccess)
            {
                return recovered.Error;
            }

            var from = recovery.State;
            recovery.State = fired.Value;
            recovery.Collected += amount;
            recovery.Settled += amount;
            recovery.Reference = trimmed;
            recovery.UpdatedAt = _time.GetUtcNow();
            recovery.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, RecoveryLifecycle.Entity, recovery.Id, RecoveryEvent.Collect, from, recovery.State, trimmed, ct).ConfigureAwait(false);
            return RecoveryView.From(recovery);
        }, cancellationToken)).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            _logger.RecoveryCollected(result.Value.Id, result.Value.Collected, result.Value.Reference!, actor.ToString());
        }

        return _recorder.Outcome(result);
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
