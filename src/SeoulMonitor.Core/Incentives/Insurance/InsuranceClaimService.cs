using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>
/// Injury claims (staff): filed for a monitor on a task's roster with an incident inside the roster's coverage window
/// (start and end inclusive, never in the future); then the insurer's outcome, pay (an amount) or decline (a reason),
/// along <see cref="InsuranceClaimLifecycle"/>, one audit record per step. The insurer pays the monitor: nothing is drawn
/// from a budget line for a claim (premiums are, see <see cref="Premiums.InsurancePremiumService"/>).
/// </summary>
public sealed class InsuranceClaimService
{
    /// <summary>The access-log subject type of a claim listing (injury descriptions are health data).</summary>
    public const string ListSubject = "insurance_claims";

    private static readonly TransitionTable<InsuranceClaimState, InsuranceClaimEvent> Table = InsuranceClaimLifecycle.Table;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly PersonalDataAccessLog _accessLog;
    private readonly TimeProvider _time;
    private readonly ILogger<InsuranceClaimService> _logger;

    internal InsuranceClaimService(
        SeoulMonitorDbContext db, TransitionRecorder recorder, PersonalDataAccessLog accessLog, TimeProvider time, ILogger<InsuranceClaimService> logger)
    {
        _db = db;
        _recorder = recorder;
        _accessLog = accessLog;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff file a claim; refused (nothing written) unless the monitor was covered at the incident.</summary>
    public async Task<Result<InsuranceClaimView>> FileAsync(FileClaimRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<InsuranceClaimView>(async ct =>
        {
            if (!RosterService.IsStaff(actor))
            {
                return InsuranceErrors.Forbidden;
            }

            var now = _time.GetUtcNow();
            if (Validate(request, now) is { } invalid)
            {
                return invalid;
            }

            if (!await _db.Set<MonitoringTask>().AnyAsync(t => t.Id == request.TaskId, ct).ConfigureAwait(false))
            {
                return InsuranceErrors.TaskNotFound;
            }

            var roster = await _db.Set<CoverageRoster>().AsNoTracking().SingleOrDefaultAsync(r => r.TaskId == request.TaskId, ct).ConfigureAwait(false);
            if (roster is null)
            {
                return InsuranceErrors.RosterNotFound;
            }

            var onRoster = await _db.Set<CoverageMember>().AnyAsync(m => m.RosterId == roster.Id && m.MonitorId == request.MonitorId, ct).ConfigureAwait(false);
            if (!onRoster || request.IncidentAt < roster.CoverageStart || request.IncidentAt > roster.CoverageEnd)
            {
                return InsuranceErrors.NotCovered;
            }

            var claim = new InsuranceClaim
            {
                Id = Guid.CreateVersion7(now),
                RosterId = roster.Id,
                MonitorId = request.MonitorId,
                IncidentAt = request.IncidentAt.ToUniversalTime(),
                Description = request.Description!.Trim(),
                State = InsuranceClaimState.Filed,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<InsuranceClaim>().Add(claim);
            await _recorder.CreationAsync(actor, InsuranceClaimLifecycle.Entity, claim.Id, "File", claim.State, null, ct).ConfigureAwait(false);
            _logger.ClaimFiled(claim.Id, roster.Id, actor.ToString());
            return InsuranceClaimView.From(claim, roster.TaskId);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Staff record the insurer's payment (<see cref="InsuranceLimits.MinPaidAmount"/> to <see cref="InsuranceLimits.MaxPaidAmount"/> won).</summary>
    public Task<Result<InsuranceClaimView>> PayAsync(Guid claimId, long amount, Actor actor, CancellationToken cancellationToken = default) =>
        amount is < InsuranceLimits.MinPaidAmount or > InsuranceLimits.MaxPaidAmount
            ? Task.FromResult(_recorder.Outcome(Result<InsuranceClaimView>.Failure(InsuranceErrors.AmountInvalid)))
            : FireAsync(claimId, InsuranceClaimEvent.Pay, actor, c => c.PaidAmount = amount, null, cancellationToken);

    /// <summary>Staff record the insurer's decline with its reason.</summary>
    public Task<Result<InsuranceClaimView>> DeclineAsync(Guid claimId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        DomainError? invalid = string.IsNullOrWhiteSpace(reason) ? InsuranceErrors.ReasonRequired
            : reason.Trim().Length > InsuranceLimits.ReasonMaxLength ? InsuranceErrors.ReasonTooLong : null;
        return invalid is not null
            ? Task.FromResult(_recorder.Outcome(Result<InsuranceClaimView>.Failure(invalid)))
            : FireAsync(claimId, InsuranceClaimEvent.Decline, actor, c => c.Reason = reason!.Trim(), reason!.Trim(), cancellationToken);
    }

    /// <summary>Staff list the claims of tasks of one program year (access-logged: injuries are health data).</summary>
    public async Task<Result<IReadOnlyList<InsuranceClaimView>>> ListAsync(
        int year, Actor actor, string? purpose, string? sourceAddress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!RosterService.IsStaff(actor))
        {
            return _recorder.Outcome(Result<IReadOnlyList<InsuranceClaimView>>.Failure(InsuranceErrors.Forbidden));
        }

        if (year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
        {
            return _recorder.Outcome(Result<IReadOnlyList<InsuranceClaimView>>.Failure(InsuranceErrors.YearInvalid));
        }

        var request = new AccessRequest(ListSubject, year.ToString(System.Globalization.CultureInfo.InvariantCulture), AccessAction.List, purpose, null, 0, sourceAddress);
        if (PersonalDataAccessLog.Validate(request) is { } invalid)
        {
            return _recorder.Outcome(Result<IReadOnlyList<InsuranceClaimView>>.Failure(invalid));
        }

        var rows = await _db.Set<InsuranceClaim>().AsNoTracking()
            .Join(_db.Set<CoverageRoster>().AsNoTracking(), c => c.RosterId, r => r.Id, (c, r) => new { c, r.TaskId })
            .Join(_db.Set<MonitoringTask>().AsNoTracking(), x => x.TaskId, t => t.Id, (x, t) => new { x.c, x.TaskId, t.Year })
            .Where(x => x.Year == year)
            .Take(InsuranceLimits.MaxListedClaims)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var logged = await _accessLog.RecordAsync(actor, request with { RecordCount = rows.Count }, cancellationToken).ConfigureAwait(false);
        if (!logged.IsSuccess)
        {
            return _recorder.Outcome(Result<IReadOnlyList<InsuranceClaimView>>.Failure(logged.Error));
        }

        return rows.OrderBy(x => x.c.IncidentAt).ThenBy(x => x.c.Id).Select(x => InsuranceClaimView.From(x.c, x.TaskId)).ToList();
    }

    private static DomainError? Validate(FileClaimRequest request, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.Description))
        {
            return InsuranceErrors.DescriptionRequired;
        }

        if (request.Description.Trim().Length > InsuranceLimits.DescriptionMaxLength)
        {
            return InsuranceErrors.DescriptionTooLong;
        }

        return request.IncidentAt > now ? InsuranceErrors.IncidentInFuture : null;
    }

    private async Task<Result<InsuranceClaimView>> FireAsync(
        Guid claimId, InsuranceClaimEvent evt, Actor actor, Action<InsuranceClaim> apply, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<InsuranceClaimView>(async ct =>
        {
            if (!RosterService.IsStaff(actor))
            {
                return InsuranceErrors.Forbidden;
            }

            var claim = await _db.LockByIdAsync<InsuranceClaim>("insurance_claims", claimId, ct).ConfigureAwait(false);
            if (claim is null)
            {
                return InsuranceErrors.ClaimNotFound;
            }

            var fired = Table.Fire(claim.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var from = claim.State;
            apply(claim);
            claim.State = fired.Value;
            claim.UpdatedAt = _time.GetUtcNow();
            claim.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, InsuranceClaimLifecycle.Entity, claim.Id, evt, from, claim.State, reason, ct).ConfigureAwait(false);
            var taskId = await _db.Set<CoverageRoster>().Where(r => r.Id == claim.RosterId).Select(r => r.TaskId).SingleAsync(ct).ConfigureAwait(false);
            return InsuranceClaimView.From(claim, taskId);
        }, cancellationToken).ConfigureAwait(false));
    }
}
