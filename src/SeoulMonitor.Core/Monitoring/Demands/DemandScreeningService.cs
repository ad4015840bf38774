using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>
/// Screening of demands with <see cref="DemandLifecycle"/>, one method per event: staff select, reject (reason),
/// defer (reason), return for information (what is missing) and reopen a deferred demand; the requester resubmits a
/// returned demand with edited fields, or withdraws it. Each transition writes one audit record; each screening
/// outcome (select, reject, defer, return, reopen) queues a notice to the requester (<see cref="DemandNotices"/>).
/// </summary>
public sealed class DemandScreeningService
{
    private static readonly TransitionTable<DemandState, DemandEvent> Table = DemandLifecycle.Table;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;

    internal DemandScreeningService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
    }

    /// <summary>Staff select the demand for a task.</summary>
    public Task<Result<DemandView>> SelectAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        StaffAsync(id, DemandEvent.Select, null, required: false, actor, cancellationToken);

    /// <summary>Staff reject the demand, with a reason.</summary>
    public Task<Result<DemandView>> RejectAsync(Guid id, string? reason, Actor actor, CancellationToken cancellationToken = default) =>
        StaffAsync(id, DemandEvent.Reject, reason, required: true, actor, cancellationToken);

    /// <summary>Staff defer the demand to a later round, with a reason.</summary>
    public Task<Result<DemandView>> DeferAsync(Guid id, string? reason, Actor actor, CancellationToken cancellationToken = default) =>
        StaffAsync(id, DemandEvent.Defer, reason, required: true, actor, cancellationToken);

    /// <summary>Staff return the demand for more information, stating what is missing.</summary>
    public Task<Result<DemandView>> ReturnForInfoAsync(Guid id, string? missing, Actor actor, CancellationToken cancellationToken = default) =>
        StaffAsync(id, DemandEvent.ReturnForInfo, missing, required: true, actor, cancellationToken);

    /// <summary>Staff reopen a deferred demand for screening (event <see cref="DemandEvent.Resubmit"/>).</summary>
    public Task<Result<DemandView>> ReopenAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, DemandEvent.Resubmit, actor, null, notify: true, (demand, _) => Task.FromResult(
            !MonitoringAccess.IsStaff(actor) ? DemandErrors.Forbidden
            : demand.State == DemandState.ReturnedForInfo ? DemandErrors.ReturnedResubmittedByRequester
            : Apply(() => demand.StateReason = null)), cancellationToken);

    /// <summary>The requester resubmits a returned demand with edited fields (null fields stay as they were).</summary>
    public Task<Result<DemandView>> ResubmitAsync(Guid id, ReviseDemandRequest? revision, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, DemandEvent.Resubmit, actor, null, notify: false, async (demand, ct) =>
        {
            if (await DemandAccess.CheckRequesterAsync(_db, demand, actor, ct).ConfigureAwait(false) is { } forbidden)
            {
                return forbidden;
            }

            if (demand.State == DemandState.Deferred)
            {
                return DemandErrors.DeferredReopenedByStaff;
            }

            var fields = DemandValidation.Revise(demand, revision);
            return fields.IsSuccess ? Apply(() => { fields.Value.ApplyTo(demand); demand.StateReason = null; }) : fields.Error;
        }, cancellationToken);

    /// <summary>The requester (or staff) withdraws the demand.</summary>
    public Task<Result<DemandView>> WithdrawAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, DemandEvent.Withdraw, actor, null, notify: false,
            (demand, ct) => DemandAccess.CheckRequesterAsync(_db, demand, actor, ct), cancellationToken);

    /// <summary>Makes the change and accepts the transition.</summary>
    private static DomainError? Apply(Action change)
    {
        change();
        return null;
    }

    private async Task<Result<DemandView>> StaffAsync(Guid id, DemandEvent evt, string? reason, bool required, Actor actor, CancellationToken cancellationToken)
    {
        var checkedReason = DemandValidation.Reason(reason, required);
        if (!checkedReason.IsSuccess)
        {
            return _recorder.Outcome(Result<DemandView>.Failure(checkedReason.Error));
        }

        return await FireAsync(id, evt, actor, checkedReason.Value, notify: true, (demand, _) => Task.FromResult(
            !MonitoringAccess.IsStaff(actor) ? DemandErrors.Forbidden
            : Apply(() => demand.StateReason = checkedReason.Value)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<DemandView>> FireAsync(
        Guid id, DemandEvent evt, Actor actor, string? reason, bool notify,
        Func<TaskDemand, CancellationToken, Task<DomainError?>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<DemandView>(async ct =>
        {
            var demand = await _db.LockByIdAsync<TaskDemand>("task_demands", id, ct).ConfigureAwait(false);
            if (demand is null || !await DemandAccess.CanReadAsync(_db, demand, actor, ct).ConfigureAwait(false))
            {
                return DemandErrors.NotFound;
            }

            var fired = Table.Fire(demand.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            if (await apply(demand, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var now = _time.GetUtcNow();
            var from = demand.State;
            demand.State = fired.Value;
            demand.UpdatedAt = now;
            demand.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, DemandLifecycle.Entity, demand.Id, evt, from, fired.Value, reason, ct).ConfigureAwait(false);
            if (notify)
            {
                await DemandNotices.ScreenedAsync(_db, demand, evt, reason, now, ct).ConfigureAwait(false);
            }

            return DemandView.From(demand);
        }, cancellationToken).ConfigureAwait(false));
    }
}
