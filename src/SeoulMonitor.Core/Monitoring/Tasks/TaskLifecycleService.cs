using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>
/// The staff events of <see cref="MonitoringTaskLifecycle"/>, one method each: open recruitment (a form must be
/// published), open fieldwork, close fieldwork, start consolidation, close, cancel (reason required). Closing
/// recruitment belongs to recruitment and reporting to the department to findings. Each transition writes one audit
/// record; refusals write nothing.
/// </summary>
public sealed class TaskLifecycleService
{
    private static readonly TransitionTable<MonitoringTaskState, MonitoringTaskEvent> Table = MonitoringTaskLifecycle.Table;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly AuditTrail _audit;

    internal TaskLifecycleService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, AuditTrail audit)
    {
        _db = db;
        _audit = audit;
        _recorder = recorder;
        _time = time;
    }

    /// <summary>Staff open recruitment (Planned → RecruitmentOpen); the task needs a published form.</summary>
    public Task<Result<TaskView>> OpenRecruitmentAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, MonitoringTaskEvent.OpenRecruitment, actor, null,
            (task, _, _) => Task.FromResult(task.CurrentFormVersion < 1 ? TaskErrors.FormRequired : null), cancellationToken);

    /// <summary>Staff open fieldwork (RecruitmentClosed → FieldworkOpen).</summary>
    public Task<Result<TaskView>> OpenFieldworkAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, MonitoringTaskEvent.OpenFieldwork, actor, null, null, cancellationToken);

    /// <summary>Staff close fieldwork (FieldworkOpen → FieldworkClosed); submissions are refused from then on.</summary>
    public Task<Result<TaskView>> CloseFieldworkAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, MonitoringTaskEvent.CloseFieldwork, actor, null,
            (task, now, ct) => OnFieldworkClosingAsync(_db, _audit, task, actor, now, ct), cancellationToken);

    /// <summary>Staff start consolidating findings (FieldworkClosed → Consolidating).</summary>
    public Task<Result<TaskView>> StartConsolidationAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, MonitoringTaskEvent.StartConsolidation, actor, null, null, cancellationToken);

    /// <summary>Staff close the task (ReportedToDepartment → Closed).</summary>
    public Task<Result<TaskView>> CloseAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, MonitoringTaskEvent.Close, actor, null, null, cancellationToken);

    /// <summary>Staff cancel the task with a reason (from Planned, recruiting, recruited or fieldwork).</summary>
    public async Task<Result<TaskView>> CancelAsync(Guid id, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var checkedReason = TaskValidation.Reason(reason);
        if (!checkedReason.IsSuccess)
        {
            return _recorder.Outcome(Result<TaskView>.Failure(checkedReason.Error));
        }

        return await FireAsync(id, MonitoringTaskEvent.Cancel, actor, checkedReason.Value, async (task, now, ct) =>
        {
            task.StateReason = checkedReason.Value;

            // Seats and waitlist places end with the task: withdrawn or not selected, audited, each monitor told.
            await TaskCancellation.EndParticipationsAsync(_db, _audit, task, actor, checkedReason.Value, now, ct).ConfigureAwait(false);
            return (DomainError?)null;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fieldwork closing: runs inside the transaction that closes fieldwork, after the transition was accepted and
    /// before it is recorded, and declines the remaining waitlist (one participation transition and audit record each).
    /// </summary>
    private static async Task<DomainError?> OnFieldworkClosingAsync(
        SeoulMonitorDbContext db, AuditTrail audit, MonitoringTask task, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Nobody can be promoted once fieldwork is over: the waiting applications end as not selected (audited, told).
        await WaitlistClosing.DeclineRemainingAsync(db, audit, task, actor, now, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task<Result<TaskView>> FireAsync(
        Guid id, MonitoringTaskEvent evt, Actor actor, string? reason,
        Func<MonitoringTask, DateTimeOffset, CancellationToken, Task<DomainError?>>? apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<TaskView>(async ct =>
        {
            if (!MonitoringAccess.IsStaff(actor))
            {
                return TaskErrors.Forbidden;
            }

            var task = await _db.LockByIdAsync<MonitoringTask>("monitoring_tasks", id, ct).ConfigureAwait(false);
            if (task is null)
            {
                return TaskErrors.NotFound;
            }

            var fired = Table.Fire(task.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var now = _time.GetUtcNow();
            if (apply is not null && await apply(task, now, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var from = task.State;
            task.State = fired.Value;
            task.UpdatedAt = now;
            task.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, MonitoringTaskLifecycle.Entity, task.Id, evt, from, fired.Value, reason, ct).ConfigureAwait(false);
            return TaskView.From(task);
        }, cancellationToken).ConfigureAwait(false));
    }
}
