using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Training;

/// <summary>
/// Registrations: register (capacity is never exceeded: writers of one session are serialised on its row), cancel,
/// re-issue the attendance code, check in with the code inside the check-in window, and each monitor's history.
/// </summary>
public sealed class TrainingRegistrationService
{
    private static readonly TransitionTable<TrainingRegistrationState, TrainingRegistrationEvent> Table = TrainingLifecycle.Registration;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly TrainingOptions _options;

    internal TrainingRegistrationService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, IOptions<SeoulMonitorCoreOptions> options)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _options = options.Value.Training;
    }

    /// <summary>An active monitor takes a seat; the receipt carries the attendance code, shown this once.</summary>
    public async Task<Result<RegistrationReceipt>> RegisterAsync(Guid sessionId, Guid monitorId, CancellationToken cancellationToken = default) =>
        _recorder.Outcome(await _db.ExecuteAsync<RegistrationReceipt>(async ct =>
        {
            var session = await LockAsync(sessionId, ct).ConfigureAwait(false);
            if (session is null)
            {
                return TrainingErrors.SessionNotFound;
            }

            var now = _time.GetUtcNow();
            var registration = await FindAsync(sessionId, monitorId, ct).ConfigureAwait(false);
            TrainingRegistrationState? from = registration?.State;
            if (from is { } current && Table.Fire(current, TrainingRegistrationEvent.Register) is { IsSuccess: false } refused)
            {
                return refused.Error;
            }

            DomainError? error = session.State != TrainingSessionState.Scheduled || now > session.RegistrationDeadline ? TrainingErrors.RegistrationClosed
                : !await _db.IsActiveAsync(monitorId, ct).ConfigureAwait(false) ? TrainingErrors.MonitorNotActive
                : await _db.SeatsTakenAsync(sessionId, ct).ConfigureAwait(false) >= session.Capacity ? TrainingErrors.SessionFull
                : null;
            if (error is not null)
            {
                return error;
            }

            var code = AttendanceCodes.New();
            if (registration is null)
            {
                registration = new TrainingRegistration { Id = Guid.CreateVersion7(now), SessionId = sessionId, MonitorId = monitorId, CodeHash = string.Empty };
                _db.Set<TrainingRegistration>().Add(registration);
            }

            registration.State = TrainingRegistrationState.Registered;
            registration.CodeHash = AttendanceCodes.Hash(sessionId, code);
            registration.RegisteredAt = now;
            registration.AttendedAt = null;
            registration.StateReason = null;
            Touch(registration, now);
            var actor = Actor.Monitor(monitorId);
            if (from is { } previous)
            {
                await _recorder.TransitionAsync(actor, TrainingLifecycle.RegistrationEntity, registration.Id, TrainingRegistrationEvent.Register, previous, registration.State, null, ct)
                    .ConfigureAwait(false);
            }
            else
            {
                await _recorder.CreationAsync(actor, TrainingLifecycle.RegistrationEntity, registration.Id, nameof(TrainingRegistrationEvent.Register), registration.State, null, ct)
                    .ConfigureAwait(false);
            }

            return new RegistrationReceipt(TrainingRegistrationView.From(registration), code);
        }, cancellationToken).ConfigureAwait(false));

    /// <summary>The monitor (their own) or staff (anyone's, with an optional reason) cancel before the session starts.</summary>
    public async Task<Result<TrainingRegistrationView>> CancelAsync(
        Guid sessionId, Guid monitorId, Actor actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checkedReason = TrainingValidation.Reason(reason, required: false);
        if (!checkedReason.IsSuccess)
        {
            return _recorder.Outcome(Result<TrainingRegistrationView>.Failure(checkedReason.Error));
        }

        return _recorder.Outcome(await _db.ExecuteAsync<TrainingRegistrationView>(async ct =>
        {
            if (!TrainingService.IsStaff(actor) && actor != Actor.Monitor(monitorId))
            {
                return TrainingErrors.Forbidden;
            }

            var session = await LockAsync(sessionId, ct).ConfigureAwait(false);
            var registration = session is null ? null : await FindAsync(sessionId, monitorId, ct).ConfigureAwait(false);
            if (session is null || registration is null)
            {
                return session is null ? TrainingErrors.SessionNotFound : TrainingErrors.NotRegistered;
            }

            var fired = Table.Fire(registration.State, TrainingRegistrationEvent.Cancel);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var now = _time.GetUtcNow();
            if (now >= session.StartsAt)
            {
                return TrainingErrors.CancellationClosed;
            }

            return await TransitionAsync(registration, TrainingRegistrationEvent.Cancel, fired.Value, actor, checkedReason.Value, now, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Issues a new attendance code for the monitor's own seat (the old code stops working).</summary>
    public async Task<Result<RegistrationReceipt>> ReissueCodeAsync(Guid sessionId, Guid monitorId, CancellationToken cancellationToken = default) =>
        _recorder.Outcome(await _db.ExecuteAsync<RegistrationReceipt>(async ct =>
        {
            var session = await LockAsync(sessionId, ct).ConfigureAwait(false);
            var registration = session is null ? null : await FindAsync(sessionId, monitorId, ct).ConfigureAwait(false);
            if (session is null || registration is null)
            {
                return session is null ? TrainingErrors.SessionNotFound : TrainingErrors.NotRegistered;
            }

            if (registration.State != TrainingRegistrationState.Registered)
            {
                return TrainingErrors.RegistrationNotActive;
            }

            var code = AttendanceCodes.New();
            registration.CodeHash = AttendanceCodes.Hash(sessionId, code);
            Touch(registration, _time.GetUtcNow());
            return new RegistrationReceipt(TrainingRegistrationView.From(registration), code);
        }, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// The monitor checks in with their code, between <see cref="TrainingOptions.CheckInOpensBefore"/> the start and
    /// <see cref="TrainingOptions.CheckInClosesAfter"/> the end. Each code works once.
    /// </summary>
    public async Task<Result<TrainingRegistrationView>> CheckInAsync(Guid sessionId, Guid monitorId, string? code, CancellationToken cancellationToken = default) =>
        _recorder.Outcome(await _db.ExecuteAsync<TrainingRegistrationView>(async ct =>
        {
            var session = await LockAsync(sessionId, ct).ConfigureAwait(false);
            var registration = session is null ? null : await FindAsync(sessionId, monitorId, ct).ConfigureAwait(false);
            if (session is null || registration is null)
            {
                return session is null ? TrainingErrors.SessionNotFound : TrainingErrors.NotRegistered;
            }

            if (string.IsNullOrWhiteSpace(code))
            {
                return TrainingErrors.CodeRequired;
            }

            if (code.Length > 64 || !string.Equals(AttendanceCodes.Hash(sessionId, code), registration.CodeHash, StringComparison.Ordinal))
            {
                var hash = code.Length > 64 ? null : AttendanceCodes.Hash(sessionId, code);
                var others = hash is not null && await _db.Set<TrainingRegistration>()
                    .AnyAsync(r => r.SessionId == sessionId && r.CodeHash == hash && r.MonitorId != monitorId, ct).ConfigureAwait(false);
                return others ? TrainingErrors.CodeNotYours : TrainingErrors.CodeInvalid;
            }

            if (registration.State == TrainingRegistrationState.Attended)
            {
                return TrainingErrors.CodeUsed;
            }

            var fired = Table.Fire(registration.State, TrainingRegistrationEvent.CheckIn);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var now = _time.GetUtcNow();
            if (now < session.StartsAt - _options.CheckInOpensBefore)
            {
                return TrainingErrors.CheckInNotOpen;
            }

            if (now > session.EndsAt + _options.CheckInClosesAfter)
            {
                return TrainingErrors.CheckInClosed;
            }

            registration.AttendedAt = now;
            return await TransitionAsync(registration, TrainingRegistrationEvent.CheckIn, fired.Value, Actor.Monitor(monitorId), null, now, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false));

    /// <summary>Every registration of a session, in registration order (staff).</summary>
    public async Task<Result<IReadOnlyList<TrainingRegistrationView>>> ListAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        if (!await _db.Set<TrainingSession>().AnyAsync(s => s.Id == sessionId, cancellationToken).ConfigureAwait(false))
        {
            return TrainingErrors.SessionNotFound;
        }

        var rows = await _db.Set<TrainingRegistration>().AsNoTracking().Where(r => r.SessionId == sessionId)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(TrainingRegistrationView.From);
    }

    /// <summary>A monitor's training history: every registration with its session and outcome, plus attended totals.</summary>
    public async Task<TrainingHistory> HistoryAsync(Guid monitorId, CancellationToken cancellationToken = default)
    {
        var rows = await _db.Set<TrainingRegistration>().AsNoTracking()
            .Where(r => r.MonitorId == monitorId)
            .Join(_db.Set<TrainingSession>().AsNoTracking(), r => r.SessionId, s => s.Id, (r, s) => new { r, s })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = rows
            .OrderByDescending(x => x.s.StartsAt)
            .Select(x => new TrainingHistoryEntry(x.s.Id, x.s.Title, x.s.Location, x.s.StartsAt, x.s.EndsAt, x.r.State, x.r.RegisteredAt, x.r.AttendedAt))
            .ToList();
        var attended = entries.Where(e => e.Outcome == TrainingRegistrationState.Attended).ToList();
        return new TrainingHistory(monitorId, entries, attended.Count, attended.Sum(e => (e.EndsAt - e.StartsAt).TotalHours));
    }

    private Task<TrainingSession?> LockAsync(Guid sessionId, CancellationToken ct) =>
        _db.LockByIdAsync<TrainingSession>("training_sessions", sessionId, ct);

    private Task<TrainingRegistration?> FindAsync(Guid sessionId, Guid monitorId, CancellationToken ct) =>
        _db.Set<TrainingRegistration>().SingleOrDefaultAsync(r => r.SessionId == sessionId && r.MonitorId == monitorId, ct);

    private static void Touch(TrainingRegistration registration, DateTimeOffset now)
    {
        registration.UpdatedAt = now;
        registration.Version = Guid.NewGuid();
    }

    private async Task<Result<TrainingRegistrationView>> TransitionAsync(
        TrainingRegistration registration, TrainingRegistrationEvent evt, TrainingRegistrationState to, Actor actor, string? reason, DateTimeOffset now,
        CancellationToken ct)
    {
        var from = registration.State;
        registration.State = to;
        registration.StateReason = reason;
        Touch(registration, now);
        await _recorder.TransitionAsync(actor, TrainingLifecycle.RegistrationEntity, registration.Id, evt, from, to, reason, ct).ConfigureAwait(false);
        return TrainingRegistrationView.From(registration);
    }
}
