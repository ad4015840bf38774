using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Staff decisions on stipend entries: approve (commits the amount on its budget line), hold with a reason (an approved
/// entry's commitment is released) and release a hold. Each transition writes one audit record. Approval of several
/// entries is all or nothing: if any entry is refused (wrong state, a reversal, the line would be overdrawn, a closed
/// year), none is approved and nothing is written.
/// </summary>
public sealed class StipendEntryService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger<StipendEntryService> _logger;

    internal StipendEntryService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, ILogger<StipendEntryService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _logger = logger;
    }

    /// <summary>Approves the entries (1..<see cref="StipendLimits.MaxApprovalBatch"/>), all or nothing.</summary>
    public async Task<Result<IReadOnlyList<StipendEntryView>>> ApproveAsync(IReadOnlyList<Guid> ids, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(actor);
        DomainError? invalid = !StipendStore.IsStaff(actor) ? StipendErrors.Forbidden
            : ids.Count is 0 or > StipendLimits.MaxApprovalBatch || ids.Distinct().Count() != ids.Count ? StipendErrors.IdsInvalid
            : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<IReadOnlyList<StipendEntryView>>.Failure(invalid));
        }

        var result = await GuardAsync(() => _db.ExecuteAsync<IReadOnlyList<StipendEntryView>>(async ct =>
        {
            // Lock the lines first (in a fixed order), then read the entries fresh under the locks.
            var lineIds = await _db.Set<StipendEntry>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => e.BudgetLineId).Distinct()
                .ToListAsync(ct).ConfigureAwait(false);
            foreach (var lineId in lineIds.Order())
            {
                await _db.LockByIdAsync<BudgetLine>("budget_lines", lineId, ct).ConfigureAwait(false);
            }

            var entries = await _db.Set<StipendEntry>().Where(e => ids.Contains(e.Id)).ToListAsync(ct).ConfigureAwait(false);
            if (entries.Count != ids.Count)
            {
                return StipendErrors.EntryNotFound;
            }

            var now = _time.GetUtcNow();
            foreach (var entry in entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id))
            {
                if (entry.Kind == StipendEntryKind.Reversal)
                {
                    return StipendErrors.ReversalNotApprovable;
                }

                var fired = StipendEntryLifecycle.Table.Fire(entry.State, StipendEntryEvent.Approve);
                if (!fired.IsSuccess)
                {
                    return fired.Error;
                }

                var committed = await BudgetLedger.CommitAsync(_db, entry.BudgetLineId, BudgetPurpose.FieldActivity, entry.Amount, ct).ConfigureAwait(false);
                if (!committed.IsSuccess)
                {
                    return committed.Error;
                }

                await TransitionAsync(entry, StipendEntryEvent.Approve, fired.Value, actor, null, now, ct).ConfigureAwait(false);
            }

            return entries.Select(StipendEntryView.From).ToList();
        }, cancellationToken)).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            _logger.Approved(result.Value.Count, result.Value.Sum(e => e.Amount), actor.ToString());
        }

        return _recorder.Outcome(result);
    }

    /// <summary>Holds a calculated or approved entry with a reason (an approved entry's commitment is released).</summary>
    public Task<Result<StipendEntryView>> HoldAsync(Guid id, string? reason, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, StipendEntryEvent.Hold, reason, actor, cancellationToken);

    /// <summary>Releases a held entry back to Calculated (it must be approved again).</summary>
    public Task<Result<StipendEntryView>> ReleaseAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, StipendEntryEvent.Release, null, actor, cancellationToken);

    private async Task<Result<StipendEntryView>> FireAsync(Guid id, StipendEntryEvent evt, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var trimmed = reason?.Trim();
        DomainError? invalid = !StipendStore.IsStaff(actor) ? StipendErrors.Forbidden
            : evt == StipendEntryEvent.Hold && (trimmed is null || trimmed.Length < StipendLimits.ReasonMinLength || trimmed.Length > StipendLimits.ReasonMaxLength)
                ? StipendErrors.ReasonInvalid
            : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<StipendEntryView>.Failure(invalid));
        }

        return _recorder.Outcome(await GuardAsync(() => _db.ExecuteAsync<StipendEntryView>(async ct =>
        {
            var peek = await _db.Set<StipendEntry>().AsNoTracking().Where(e => e.Id == id).Select(e => (Guid?)e.BudgetLineId).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (peek is not { } lineId)
            {
                return StipendErrors.EntryNotFound;
            }

            await _db.LockByIdAsync<BudgetLine>("budget_lines", lineId, ct).ConfigureAwait(false);
            var entry = await _db.Set<StipendEntry>().SingleAsync(e => e.Id == id, ct).ConfigureAwait(false);
            var fired = StipendEntryLifecycle.Table.Fire(entry.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            if (entry.State == StipendEntryState.Approved && evt == StipendEntryEvent.Hold)
            {
                var released = await BudgetLedger.ReleaseAsync(_db, entry.BudgetLineId, BudgetPurpose.FieldActivity, entry.Amount, ct).ConfigureAwait(false);
                if (!released.IsSuccess)
                {
                    return released.Error;
                }
            }

            await TransitionAsync(entry, evt, fired.Value, actor, trimmed, _time.GetUtcNow(), ct).ConfigureAwait(false);
            return StipendEntryView.From(entry);
        }, cancellationToken)).ConfigureAwait(false));
    }

    private async Task TransitionAsync(StipendEntry entry, StipendEntryEvent evt, StipendEntryState to, Actor actor, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        var from = entry.State;
        entry.State = to;
        if (reason is not null)
        {
            entry.Reason = reason;
        }

        StipendStore.Touch(entry, now);
        await _recorder.TransitionAsync(actor, StipendEntryLifecycle.Entity, entry.Id, evt, from, to, reason, ct).ConfigureAwait(false);
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
