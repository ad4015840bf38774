using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>
/// Recruitment and selection of a task's monitors: apply and withdraw, first come first served or a seeded lottery at
/// the close of recruitment, and a waitlist promoted in order when a seat frees up. Every writer of a task's
/// participations holds the task's lock (<see cref="RowLocks"/>), so the seat count is exact and never above capacity.
/// </summary>
public sealed partial class RecruitmentService
{
    private const string TaskTable = "monitoring_tasks";
    private static readonly TransitionTable<ParticipationState, ParticipationEvent> Table = ParticipationLifecycle.Table;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly PersonalDataAccessLog _accessLog;
    private readonly ILogger<RecruitmentService> _logger;

    internal RecruitmentService(
        SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, PersonalDataAccessLog accessLog, ILogger<RecruitmentService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _accessLog = accessLog;
        _logger = logger;
    }

    /// <summary>
    /// Runs one unit of work, again (up to <see cref="RecruitmentLimits.TransientRetries"/> times) when the database
    /// answers with a transient conflict between concurrent writers, so that a busy database is not the caller's error:
    /// SQLite BUSY/LOCKED after its busy timeout (Microsoft.Data.Sqlite waits up to the connection's
    /// <c>Default Timeout</c>, 30 s unless set), PostgreSQL serialization failures and deadlocks, an optimistic
    /// concurrency conflict, and a timeout waiting for a pooled connection or a lock (a rush of applications queues
    /// on the task's row lock, so the last in line may wait longer than the pool's timeout). Each attempt is a fresh
    /// transaction; a refused attempt has written nothing. On SQLite the attempts wait their turn in
    /// <see cref="Persistence.SqliteWriteGate"/> first, without holding a thread.
    /// </summary>
    private async Task<Result<T>> RunAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken) =>
        _recorder.Outcome(await _db.ExecuteWithRetriesAsync(
            work, RecruitmentLimits.TransientRetries, (attempt, ex) => _logger.TransientConflict(attempt, ex), cancellationToken).ConfigureAwait(false));

    private Task<MonitoringTask?> LockTaskAsync(Guid taskId, CancellationToken ct) => _db.LockByIdAsync<MonitoringTask>(TaskTable, taskId, ct);

    private static void Touch(MonitoringTask task, DateTimeOffset now)
    {
        task.UpdatedAt = now;
        task.Version = Guid.NewGuid();
    }

    private static void Touch(Participation participation, DateTimeOffset now)
    {
        participation.UpdatedAt = now;
        participation.Version = Guid.NewGuid();
    }

    /// <summary>Fires <paramref name="evt"/> on the participation and writes its one audit record.</summary>
    private async Task<Result<ParticipationState>> FireAsync(
        Participation participation, ParticipationEvent evt, Actor actor, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        var fired = Table.Fire(participation.State, evt);
        if (!fired.IsSuccess)
        {
            return fired;
        }

        var from = participation.State;
        participation.State = fired.Value;
        Touch(participation, now);
        await _recorder.TransitionAsync(actor, ParticipationLifecycle.Entity, participation.Id, evt, from, fired.Value, reason, ct).ConfigureAwait(false);
        return fired;
    }

    /// <summary>The 1-based waitlist position a waitlisted participation would have after the stored waitlist.</summary>
    private async Task<int> WaitlistPositionAsync(MonitoringTask task, Participation p, CancellationToken ct)
    {
        var waiting = _db.Set<Participation>().AsNoTracking()
            .Where(o => o.TaskId == task.Id && o.State == ParticipationState.Waitlisted && o.Id != p.Id);
        waiting = task.SelectionMethod == SelectionMethod.Lottery && p.LotteryRank is { } rank
            ? waiting.Where(o => o.LotteryRank < rank)
            : waiting.Where(o => o.Sequence < p.Sequence);
        return await waiting.CountAsync(ct).ConfigureAwait(false) + 1;
    }
}
