using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>
/// The adviser pool (전문가 자문단), managed by staff: add, update and deactivate advisers (one audit record each; a
/// refusal writes nothing). Advisers are personal data: every staff read is recorded in the access log first.
/// </summary>
public sealed class AdviserService
{
    /// <summary>The audit entity type and access-log subject type of advisers.</summary>
    public const string Entity = "adviser";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TransitionRecorder _recorder;
    private readonly PersonalDataAccessLog _accessLog;
    private readonly TimeProvider _time;
    private readonly ILogger<AdviserService> _logger;

    internal AdviserService(
        SeoulMonitorDbContext db, AuditTrail audit, TransitionRecorder recorder, PersonalDataAccessLog accessLog, TimeProvider time,
        ILogger<AdviserService> logger)
    {
        _db = db;
        _audit = audit;
        _recorder = recorder;
        _accessLog = accessLog;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff add an adviser to the active pool.</summary>
    public Task<Result<AdviserView>> AddAsync(AdviserRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<AdviserView>(actor, async ct =>
        {
            var details = AdviserValidation.Check(request);
            if (!details.IsSuccess)
            {
                return details.Error;
            }

            var now = _time.GetUtcNow();
            var adviser = new Adviser
            {
                Id = Guid.CreateVersion7(now),
                Name = details.Value.Name!,
                Field = details.Value.Field!,
                Affiliation = details.Value.Affiliation,
                Email = details.Value.Email,
                IsActive = true,
                CreatedAt = now,
                UpdatedAt = now,
            };
            _db.Set<Adviser>().Add(adviser);
            await _audit.RecordAsync(actor, Entity, adviser.Id.ToString("D"), "Add", null, "Active", null, ct).ConfigureAwait(false);
            _logger.AdviserChanged(adviser.Id, "added", actor.ToString());
            return AdviserView.From(adviser);
        }, cancellationToken);
    }

    /// <summary>Staff update an adviser's details (active or not).</summary>
    public Task<Result<AdviserView>> UpdateAsync(Guid adviserId, AdviserRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<AdviserView>(actor, async ct =>
        {
            var details = AdviserValidation.Check(request);
            if (!details.IsSuccess)
            {
                return details.Error;
            }

            var adviser = await _db.LockByIdAsync<Adviser>("advisers", adviserId, ct).ConfigureAwait(false);
            if (adviser is null)
            {
                return AdviserErrors.NotFound;
            }

            adviser.Name = details.Value.Name!;
            adviser.Field = details.Value.Field!;
            adviser.Affiliation = details.Value.Affiliation;
            adviser.Email = details.Value.Email;
            adviser.UpdatedAt = _time.GetUtcNow();
            var state = adviser.IsActive ? "Active" : "Inactive";
            await _audit.RecordAsync(actor, Entity, adviser.Id.ToString("D"), "Update", state, state, null, ct).ConfigureAwait(false);
            _logger.AdviserChanged(adviser.Id, "updated", actor.ToString());
            return AdviserView.From(adviser);
        }, cancellationToken);
    }

    /// <summary>Staff take an adviser out of the active pool (planned consultations stay; new ones are refused).</summary>
    public Task<Result<AdviserView>> DeactivateAsync(Guid adviserId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<AdviserView>(actor, async ct =>
        {
            var adviser = await _db.LockByIdAsync<Adviser>("advisers", adviserId, ct).ConfigureAwait(false);
            if (adviser is null)
            {
                return AdviserErrors.NotFound;
            }

            if (!adviser.IsActive)
            {
                return AdviserErrors.AlreadyInactive;
            }

            adviser.IsActive = false;
            adviser.UpdatedAt = _time.GetUtcNow();
            await _audit.RecordAsync(actor, Entity, adviser.Id.ToString("D"), "Deactivate", "Active", "Inactive", null, ct).ConfigureAwait(false);
            _logger.AdviserChanged(adviser.Id, "deactivated", actor.ToString());
            return AdviserView.From(adviser);
        }, cancellationToken);
    }

    /// <summary>Staff list the pool (active only unless <paramref name="includeInactive"/>), by name; the read is access-logged.</summary>
    public async Task<Result<IReadOnlyList<AdviserView>>> ListAsync(
        Actor actor, string? purpose, bool includeInactive = false, string? sourceAddress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var request = new AccessRequest(Entity, "pool", AccessAction.List, purpose, null, 0, sourceAddress);
        var refused = Refusal(actor, request);
        if (refused is not null)
        {
            return _recorder.Outcome(Result<IReadOnlyList<AdviserView>>.Failure(refused));
        }

        var query = _db.Set<Adviser>().AsNoTracking();
        if (!includeInactive)
        {
            query = query.Where(a => a.IsActive);
        }

        var advisers = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Take(AdviserLimits.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        var logged = await _accessLog.RecordAsync(actor, request with { RecordCount = advisers.Count }, cancellationToken).ConfigureAwait(false);
        if (!logged.IsSuccess)
        {
            return _recorder.Outcome(Result<IReadOnlyList<AdviserView>>.Failure(logged.Error));
        }

        _logger.AdvisersRead(advisers.Count, actor.ToString());
        return advisers.ConvertAll(AdviserView.From);
    }

    /// <summary>Staff read one adviser; the read is access-logged.</summary>
    public async Task<Result<AdviserView>> GetAsync(
        Guid adviserId, Actor actor, string? purpose, string? sourceAddress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var request = new AccessRequest(Entity, adviserId.ToString("D"), AccessAction.View, purpose, null, 1, sourceAddress);
        var refused = Refusal(actor, request);
        if (refused is not null)
        {
            return _recorder.Outcome(Result<AdviserView>.Failure(refused));
        }

        var adviser = await _db.Set<Adviser>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == adviserId, cancellationToken).ConfigureAwait(false);
        if (adviser is null)
        {
            return _recorder.Outcome(Result<AdviserView>.Failure(AdviserErrors.NotFound));
        }

        var logged = await _accessLog.RecordAsync(actor, request, cancellationToken).ConfigureAwait(false);
        if (!logged.IsSuccess)
        {
            return _recorder.Outcome(Result<AdviserView>.Failure(logged.Error));
        }

        _logger.AdvisersRead(1, actor.ToString());
        return AdviserView.From(adviser);
    }

    internal static bool IsStaff(Actor actor) => actor.Kind is ActorKind.Staff or ActorKind.System;

    private static DomainError? Refusal(Actor actor, AccessRequest request) =>
        actor.Kind != ActorKind.Staff ? AdviserErrors.Forbidden : PersonalDataAccessLog.Validate(request);

    private async Task<Result<T>> RunAsync<T>(Actor actor, Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return _recorder.Outcome(Result<T>.Failure(AdviserErrors.Forbidden));
        }

        return _recorder.Outcome(await _db.ExecuteWithRetriesAsync(work, AdviserLimits.TransientRetries,
            (attempt, ex) => _logger.ConsultationTransientConflict(attempt, ex), cancellationToken).ConfigureAwait(false));
    }
}
