using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>
/// Consultations of advisers (staff), on <see cref="ConsultationLifecycle"/>: plan (commits the allowance on an
/// advisory budget line of the consultation's year through <see cref="BudgetLedger"/>; an overdraft is refused), hold,
/// pay (committed → paid) and cancel with a reason (the commitment released). Each is one transaction with one audit
/// record; a refusal writes nothing, the line's amounts included.
/// </summary>
public sealed partial class ConsultationService
{
    private static readonly TransitionTable<ConsultationState, ConsultationEvent> Table = ConsultationLifecycle.Table;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger<ConsultationService> _logger;

    internal ConsultationService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, ILogger<ConsultationService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff plan a consultation; its allowance is committed on the budget line.</summary>
    public Task<Result<ConsultationView>> PlanAsync(PlanConsultationRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<ConsultationView>(actor, async ct =>
        {
            var topic = request.Topic?.Trim() ?? string.Empty;
            if (topic.Length is 0 or > AdviserLimits.TextMaxLength || topic.Any(char.IsControl))
            {
                return ConsultationErrors.TopicInvalid;
            }

            if (request.HeldOn.Year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
            {
                return ConsultationErrors.DateInvalid;
            }

            if (request.Allowance is < 1 or > AdviserLimits.MaxAllowance)
            {
                return ConsultationErrors.AllowanceInvalid;
            }

            var adviser = await _db.Set<Adviser>().AsNoTracking().Where(a => a.Id == request.AdviserId).Select(a => (bool?)a.IsActive)
                .SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (adviser is null)
            {
                return AdviserErrors.NotFound;
            }

            if (adviser is false)
            {
                return AdviserErrors.Inactive;
            }

            if (request.TaskId is { } taskId && !await _db.Set<MonitoringTask>().AnyAsync(t => t.Id == taskId, ct).ConfigureAwait(false))
            {
                return ConsultationErrors.TaskNotFound;
            }

            var line = await BudgetLedger.CommitAsync(_db, request.BudgetLineId, BudgetPurpose.ExpertAdvice, request.Allowance, ct).ConfigureAwait(false);
            if (!line.IsSuccess)
            {
                return line.Error;
            }

            if (line.Value.Year != request.HeldOn.Year)
            {
                return ConsultationErrors.LineYearMismatch;
            }

            var now = _time.GetUtcNow();
            var consultation = new Consultation
            {
                Id = Guid.CreateVersion7(now),
                AdviserId = request.AdviserId,
                Topic = topic,
                HeldOn = request.HeldOn,
                Allowance = request.Allowance,
                BudgetLineId = request.BudgetLineId,
                TaskId = request.TaskId,
                State = ConsultationState.Planned,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<Consultation>().Add(consultation);
            await _recorder.CreationAsync(actor, ConsultationLifecycle.Entity, consultation.Id, "Plan", consultation.State, null, ct).ConfigureAwait(false);
            _logger.ConsultationPlanned(consultation.Id, actor.ToString(), consultation.Allowance, consultation.BudgetLineId);
            return ConsultationView.From(consultation);
        }, cancellationToken);
    }

    /// <summary>Staff record it held (on or after its day).</summary>
    public Task<Result<ConsultationView>> HoldAsync(Guid consultationId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(consultationId, ConsultationEvent.Hold, actor, null, (c, ct) =>
            Task.FromResult(c.HeldOn > SeoulCalendar.Today(_time) ? ConsultationErrors.NotYetHeld : null), cancellationToken);

    /// <summary>Staff record the allowance paid: the line's commitment becomes a payment.</summary>
    public Task<Result<ConsultationView>> PayAsync(Guid consultationId, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(consultationId, ConsultationEvent.Pay, actor, null, async (c, ct) =>
            (await BudgetLedger.PayAsync(_db, c.BudgetLineId, BudgetPurpose.ExpertAdvice, c.Allowance, ct).ConfigureAwait(false)).Error, cancellationToken);

    /// <summary>Staff cancel a planned consultation with a reason: the line's commitment is released.</summary>
    public Task<Result<ConsultationView>> CancelAsync(Guid consultationId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > AdviserLimits.ReasonMaxLength)
        {
            return Task.FromResult(_recorder.Outcome(Result<ConsultationView>.Failure(ConsultationErrors.ReasonRequired)));
        }

        return FireAsync(consultationId, ConsultationEvent.Cancel, actor, trimmed, async (c, ct) =>
            (await BudgetLedger.ReleaseAsync(_db, c.BudgetLineId, BudgetPurpose.ExpertAdvice, c.Allowance, ct).ConfigureAwait(false)).Error, cancellationToken);
    }

    private Task<Result<ConsultationView>> FireAsync(
        Guid consultationId, ConsultationEvent evt, Actor actor, string? reason,
        Func<Consultation, CancellationToken, Task<DomainError?>> effect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<ConsultationView>(actor, async ct =>
        {
            var consultation = await _db.LockByIdAsync<Consultation>("consultations", consultationId, ct).ConfigureAwait(false);
            if (consultation is null)
            {
                return ConsultationErrors.NotFound;
            }

            var fired = Table.Fire(consultation.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            if (await effect(consultation, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var from = consultation.State;
            consultation.State = fired.Value;
            consultation.Reason = reason ?? consultation.Reason;
            consultation.UpdatedAt = _time.GetUtcNow();
            consultation.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, ConsultationLifecycle.Entity, consultation.Id, evt, from, fired.Value, reason, ct).ConfigureAwait(false);
            return ConsultationView.From(consultation);
        }, cancellationToken);
    }

    private async Task<Result<T>> RunAsync<T>(Actor actor, Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        if (!AdviserService.IsStaff(actor))
        {
            return _recorder.Outcome(Result<T>.Failure(AdviserErrors.Forbidden));
        }

        return _recorder.Outcome(await _db.ExecuteWithRetriesAsync(work, AdviserLimits.TransientRetries,
            (attempt, ex) => _logger.ConsultationTransientConflict(attempt, ex), cancellationToken).ConfigureAwait(false));
    }
}
