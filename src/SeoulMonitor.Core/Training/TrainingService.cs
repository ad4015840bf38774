using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Training;

/// <summary>
/// The training-session lifecycle (staff): schedule, close registration, complete (registrants who did not check in
/// become no-shows), cancel (registrations are cancelled too). Registration is in <see cref="TrainingRegistrationService"/>.
/// Registration closes implicitly at the session's deadline; the state stays <see cref="TrainingSessionState.Scheduled"/>.
/// </summary>
public sealed class TrainingService
{
    private static readonly TransitionTable<TrainingSessionState, TrainingSessionEvent> Table = TrainingLifecycle.Session;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;

    internal TrainingService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
    }

    /// <summary>Staff schedule a session.</summary>
    public async Task<Result<TrainingSessionView>> ScheduleAsync(ScheduleSessionRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<TrainingSessionView>(async ct =>
        {
            if (!IsStaff(actor))
            {
                return TrainingErrors.Forbidden;
            }

            var now = _time.GetUtcNow();
            var session = TrainingValidation.Schedule(request, now);
            if (!session.IsSuccess)
            {
                return session.Error;
            }

            _db.Set<TrainingSession>().Add(session.Value);
            await _recorder.CreationAsync(actor, TrainingLifecycle.SessionEntity, session.Value.Id, "Schedule", session.Value.State, null, ct).ConfigureAwait(false);
            return TrainingSessionView.From(session.Value, 0, now);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Staff close registration early.</summary>
    public Task<Result<TrainingSessionView>> CloseRegistrationAsync(Guid sessionId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(sessionId, TrainingSessionEvent.CloseRegistration, actor, null, null, cancellationToken);

    /// <summary>Staff mark the session held (after it ends); registrants who did not check in become no-shows.</summary>
    public Task<Result<TrainingSessionView>> CompleteAsync(Guid sessionId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(sessionId, TrainingSessionEvent.Complete, actor, null,
            (session, now) => now < session.EndsAt ? TrainingErrors.NotEnded : null, cancellationToken);

    /// <summary>Staff cancel the session with a reason; its registrations are cancelled too.</summary>
    public Task<Result<TrainingSessionView>> CancelAsync(Guid sessionId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var checkedReason = TrainingValidation.Reason(reason, required: true);
        return checkedReason.IsSuccess
            ? FireAsync(sessionId, TrainingSessionEvent.Cancel, actor, checkedReason.Value, null, cancellationToken)
            : Task.FromResult(_recorder.Outcome(Result<TrainingSessionView>.Failure(checkedReason.Error)));
    }

    /// <summary>One session.</summary>
    public async Task<Result<TrainingSessionView>> GetAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var session = await _db.Set<TrainingSession>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return TrainingErrors.SessionNotFound;
        }

        return TrainingSessionView.From(session, await _db.SeatsTakenAsync(sessionId, cancellationToken).ConfigureAwait(false), _time.GetUtcNow());
    }

    /// <summary>Sessions, optionally in one state, by start.</summary>
    public async Task<IReadOnlyList<TrainingSessionView>> ListAsync(TrainingSessionState? state = null, CancellationToken cancellationToken = default)
    {
        var query = _db.Set<TrainingSession>().AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(x => x.State == s);
        }

        var registrations = _db.Set<TrainingRegistration>();
        var rows = await query.OrderBy(x => x.StartsAt).Take(1000)
            .Select(x => new
            {
                Session = x,
                Taken = registrations.Count(r => r.SessionId == x.Id &&
                    (r.State == TrainingRegistrationState.Registered || r.State == TrainingRegistrationState.Attended)),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        return rows.ConvertAll(x => TrainingSessionView.From(x.Session, x.Taken, now));
    }

    internal static bool IsStaff(Actor actor) => actor.Kind is ActorKind.Staff or ActorKind.System;

    private async Task<Result<TrainingSessionView>> FireAsync(
        Guid sessionId, TrainingSessionEvent evt, Actor actor, string? reason, Func<TrainingSession, DateTimeOffset, DomainError?>? rule,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<TrainingSessionView>(async ct =>
        {
            if (!IsStaff(actor))
            {
                return TrainingErrors.Forbidden;
            }

            var session = await _db.LockByIdAsync<TrainingSession>("training_sessions", sessionId, ct).ConfigureAwait(false);
            if (session is null)
            {
                return TrainingErrors.SessionNotFound;
            }

            var fired = Table.Fire(session.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var now = _time.GetUtcNow();
            if (rule?.Invoke(session, now) is { } refused)
            {
                return refused;
            }

            var from = session.State;
            session.State = fired.Value;
            session.StateReason = reason ?? session.StateReason;
            session.UpdatedAt = now;
            session.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, TrainingLifecycle.SessionEntity, session.Id, evt, from, fired.Value, reason, ct).ConfigureAwait(false);
            var taken = await _db.SeatsTakenAsync(sessionId, ct).ConfigureAwait(false);
            var released = await CascadeAsync(session, evt, actor, reason, now, ct).ConfigureAwait(false);
            return TrainingSessionView.From(session, taken - released, now);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Completion marks open registrations no-show; cancellation cancels them (one audit record each).</summary>
    private async Task<int> CascadeAsync(TrainingSession session, TrainingSessionEvent evt, Actor actor, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        var registrationEvent = evt switch
        {
            TrainingSessionEvent.Complete => TrainingRegistrationEvent.MarkNoShow,
            TrainingSessionEvent.Cancel => TrainingRegistrationEvent.Cancel,
            _ => (TrainingRegistrationEvent?)null,
        };
        if (registrationEvent is not { } e)
        {
            return 0;
        }

        var open = await _db.Set<TrainingRegistration>()
            .Where(r => r.SessionId == session.Id && r.State == TrainingRegistrationState.Registered)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var registration in open)
        {
            var from = registration.State;
            registration.State = TrainingLifecycle.Registration.Fire(from, e).Value;
            registration.StateReason = reason;
            registration.UpdatedAt = now;
            registration.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, TrainingLifecycle.RegistrationEntity, registration.Id, e, from, registration.State, reason, ct)
                .ConfigureAwait(false);
        }

        return open.Count;
    }
}
