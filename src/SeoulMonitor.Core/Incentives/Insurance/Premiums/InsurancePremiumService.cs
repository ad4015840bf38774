using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>
/// Injury-insurance premiums (staff): record the insurer's invoice (committed on an injury-insurance line through
/// <see cref="BudgetLedger"/>), mark it paid with finance's reference (committed → paid) or cancel it before payment with
/// a reason (the commitment released), along <see cref="InsurancePremiumLifecycle"/>, one audit record per step. Budget
/// refusals keep their codes: <c>budget.overdrawn</c>, <c>budget.year_closed</c>, <c>budget.wrong_purpose</c>,
/// <c>budget.line_not_found</c>. A refusal writes nothing.
/// </summary>
public sealed partial class InsurancePremiumService
{
    private static readonly TransitionTable<InsurancePremiumState, InsurancePremiumEvent> Table = InsurancePremiumLifecycle.Table;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger<InsurancePremiumService> _logger;

    internal InsurancePremiumService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time, ILogger<InsurancePremiumService> logger)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff record the insurer's invoice; its amount is committed on the injury-insurance line.</summary>
    public async Task<Result<InsurancePremiumView>> RecordAsync(RecordPremiumRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        Result<ValidPremium> checkedRequest = RosterService.IsStaff(actor) ? PremiumValidation.Check(request) : InsuranceErrors.Forbidden;
        if (!checkedRequest.IsSuccess)
        {
            return _recorder.Outcome(Result<InsurancePremiumView>.Failure(checkedRequest.Error));
        }

        var valid = checkedRequest.Value;
        var result = await GuardAsync(() => _db.ExecuteAsync<InsurancePremiumView>(async ct =>
        {
            var year = await _db.Set<BudgetLine>().AsNoTracking().Where(l => l.Id == request.BudgetLineId).Select(l => (int?)l.Year)
                .SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (year is { } y && valid.PeriodStart.Year != y)
            {
                return PremiumErrors.PeriodOutsideYear;
            }

            var committed = await BudgetLedger.CommitAsync(_db, request.BudgetLineId, BudgetPurpose.InjuryInsurance, valid.Amount, ct).ConfigureAwait(false);
            if (!committed.IsSuccess)
            {
                return committed.Error;
            }

            if (await _db.Set<InsurancePremium>().AnyAsync(p => p.Insurer == valid.Insurer && p.PolicyNumber == valid.PolicyNumber
                    && p.PeriodStart == valid.PeriodStart && p.State != InsurancePremiumState.Cancelled, ct).ConfigureAwait(false))
            {
                return PremiumErrors.Duplicate;
            }

            var now = _time.GetUtcNow();
            var premium = new InsurancePremium
            {
                Id = Guid.CreateVersion7(now),
                Year = committed.Value.Year,
                BudgetLineId = committed.Value.Id,
                Insurer = valid.Insurer,
                PolicyNumber = valid.PolicyNumber,
                PeriodStart = valid.PeriodStart,
                PeriodEnd = valid.PeriodEnd,
                Amount = valid.Amount,
                State = InsurancePremiumState.Recorded,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<InsurancePremium>().Add(premium);
            await _recorder.CreationAsync(actor, InsurancePremiumLifecycle.Entity, premium.Id, "Record", premium.State,
                string.Create(CultureInfo.InvariantCulture, $"{premium.Insurer} {premium.PolicyNumber}: {premium.Amount:N0} won"), ct).ConfigureAwait(false);
            return InsurancePremiumView.From(premium);
        }, cancellationToken)).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            _logger.PremiumRecorded(result.Value.Id, result.Value.Year, actor.ToString(), result.Value.Amount, result.Value.BudgetLineId);
        }

        return _recorder.Outcome(result);
    }

    /// <summary>Staff mark a recorded premium paid with finance's reference (committed → paid on its line).</summary>
    public Task<Result<InsurancePremiumView>> PayAsync(Guid id, string? reference, Actor actor, CancellationToken cancellationToken = default)
    {
        var trimmed = reference?.Trim();
        DomainError? invalid = trimmed is null || trimmed.Length < PremiumLimits.ReferenceMinLength || trimmed.Length > PremiumLimits.ReferenceMaxLength
            ? PremiumErrors.ReferenceInvalid : null;
        return FireAsync(id, InsurancePremiumEvent.Pay, trimmed, invalid, actor, cancellationToken);
    }

    /// <summary>Staff cancel a recorded (unpaid) premium with a reason (its commitment released).</summary>
    public Task<Result<InsurancePremiumView>> CancelAsync(Guid id, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var trimmed = reason?.Trim();
        DomainError? invalid = trimmed is null || trimmed.Length < PremiumLimits.ReasonMinLength || trimmed.Length > PremiumLimits.ReasonMaxLength
            ? PremiumErrors.ReasonInvalid : null;
        return FireAsync(id, InsurancePremiumEvent.Cancel, trimmed, invalid, actor, cancellationToken);
    }

    private async Task<Result<InsurancePremiumView>> FireAsync(
        Guid id, InsurancePremiumEvent evt, string? text, DomainError? invalid, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        invalid = RosterService.IsStaff(actor) ? invalid : InsuranceErrors.Forbidden;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<InsurancePremiumView>.Failure(invalid));
        }

        var result = await GuardAsync(() => _db.ExecuteAsync<InsurancePremiumView>(async ct =>
        {
            var premium = await _db.LockByIdAsync<InsurancePremium>("insurance_premiums", id, ct).ConfigureAwait(false);
            if (premium is null)
            {
                return PremiumErrors.NotFound;
            }

            var fired = Table.Fire(premium.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var moved = evt == InsurancePremiumEvent.Pay
                ? await BudgetLedger.PayAsync(_db, premium.BudgetLineId, BudgetPurpose.InjuryInsurance, premium.Amount, ct).ConfigureAwait(false)
                : await BudgetLedger.ReleaseAsync(_db, premium.BudgetLineId, BudgetPurpose.InjuryInsurance, premium.Amount, ct).ConfigureAwait(false);
            if (!moved.IsSuccess)
            {
                return moved.Error;
            }

            var from = premium.State;
            premium.State = fired.Value;
            if (evt == InsurancePremiumEvent.Pay)
            {
                premium.PaymentReference = text;
            }
            else
            {
                premium.CancelReason = text;
            }

            premium.UpdatedAt = _time.GetUtcNow();
            premium.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, InsurancePremiumLifecycle.Entity, premium.Id, evt, from, premium.State, text, ct).ConfigureAwait(false);
            return InsurancePremiumView.From(premium);
        }, cancellationToken)).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            _logger.PremiumChanged(result.Value.Id, StatusNames.English(evt), actor.ToString(), result.Value.Amount);
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
            return PremiumErrors.ConcurrentChange;
        }
    }
}
