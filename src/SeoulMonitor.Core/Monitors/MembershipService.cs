using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// The membership lifecycle, one method per event (see <see cref="MembershipLifecycle"/>): suspend, reinstate,
/// withdraw, remove, expire (and the <see cref="ExpireTermsAsync"/> job), renew; plus the monitor's contact data.
/// Each transition runs in one transaction and writes exactly one audit record, or is refused and writes nothing.
/// </summary>
public sealed partial class MembershipService
{
    private const string Entity = MembershipLifecycle.Entity;
    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly RegionCatalog _regions;
    private readonly EligibilityRules _eligibility;
    private readonly CoreMetrics _metrics;
    private readonly ILogger<MembershipService> _logger;
    private readonly MonitorMembershipStates? _states;

    internal MembershipService(
        SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, RegionCatalog regions, EligibilityRules eligibility,
        CoreMetrics metrics, ILogger<MembershipService> logger, MonitorMembershipStates? states = null)
    {
        _states = states;
        _db = db;
        _audit = audit;
        _time = time;
        _regions = regions;
        _eligibility = eligibility;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Staff suspend an active monitor with a reason (Active → Suspended).</summary>
    public Task<Result<MembershipView>> SuspendAsync(Actor staff, Guid id, string? reason, CancellationToken cancellationToken = default) =>
        TransitionAsync(staff, id, MembershipEvent.Suspend, MonitorInput.Reason(Entity, reason, required: true), null, cancellationToken);

    /// <summary>Staff lift a suspension (Suspended → Active).</summary>
    public Task<Result<MembershipView>> ReinstateAsync(Actor staff, Guid id, CancellationToken cancellationToken = default) =>
        TransitionAsync(staff, id, MembershipEvent.Reinstate, Result<string?>.Success(null), ClearReason, cancellationToken);

    /// <summary>The monitor leaves, at their own request or through staff; the reason is optional (Active|Suspended → Withdrawn).</summary>
    public Task<Result<MembershipView>> WithdrawAsync(Actor actor, Guid id, string? reason, CancellationToken cancellationToken = default) =>
        TransitionAsync(actor, id, MembershipEvent.Withdraw, MonitorInput.Reason(Entity, reason, required: false), null, cancellationToken);

    /// <summary>Staff remove a monitor with a reason (Active|Suspended → Removed).</summary>
    public Task<Result<MembershipView>> RemoveAsync(Actor staff, Guid id, string? reason, CancellationToken cancellationToken = default) =>
        TransitionAsync(staff, id, MembershipEvent.Remove, MonitorInput.Reason(Entity, reason, required: true), null, cancellationToken);

    /// <summary>Ends a membership whose term is over (Active|Suspended → Expired); refused while the term runs.</summary>
    public Task<Result<MembershipView>> ExpireAsync(Actor actor, Guid id, CancellationToken cancellationToken = default) =>
        TransitionAsync(actor, id, MembershipEvent.Expire, Result<string?>.Success(null), (membership, today) =>
            membership.TermEndsOn < today ? null : MonitorErrors.TermNotEnded, cancellationToken);

    /// <summary>
    /// Renews for a new yearly term, re-checking eligibility on today's Seoul date (age, and that the residence is a
    /// district that still exists and lies in an eligible province).
    /// From Expired: the new term ends on 31 December of the renewal year.
    /// From Active: allowed only during the last <see cref="MonitorLimits.RenewalWindowDays"/> days of the term
    /// (from <c>TermEndsOn - 59 days</c> through the term's end, or later if the expiry job has not run yet); the term
    /// is extended to 31 December of the year after the current term's end. Earlier it is refused with
    /// <c>membership.renewal_not_open</c>.
    /// </summary>
    public Task<Result<MembershipView>> RenewAsync(Actor actor, Guid id, CancellationToken cancellationToken = default) =>
        TransitionAsync(actor, id, MembershipEvent.Renew, Result<string?>.Success(null), (membership, today) =>
        {
            DateOnly newEnd;
            if (membership.State == MembershipState.Active)
            {
                var opens = membership.TermEndsOn.AddDays(-(MonitorLimits.RenewalWindowDays - 1));
                if (today < opens)
                {
                    return MonitorErrors.RenewalNotOpen(opens);
                }

                newEnd = new DateOnly(membership.TermEndsOn.Year + 1, 12, 31);
            }
            else
            {
                newEnd = new DateOnly(today.Year, 12, 31);
            }

            if (_eligibility.Evaluate(membership.BirthDate, membership.ProvinceCode, membership.District, today) is { } ineligible)
            {
                return ineligible;
            }

            membership.TermEndsOn = newEnd;
            membership.StateReason = null;
            return null;
        }, cancellationToken);

    /// <summary>
    /// The term-end job: expires every Active or Suspended membership whose term ended before today (Seoul), each in
    /// its own transaction with its own audit record. Returns how many were expired.
    /// </summary>
    public async Task<int> ExpireTermsAsync(CancellationToken cancellationToken = default)
    {
        var today = SeoulCalendar.Today(_time);
        var due = await _db.Set<Membership>().AsNoTracking()
            .Where(m => (m.State == MembershipState.Active || m.State == MembershipState.Suspended) && m.TermEndsOn < today)
            .Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var expired = 0;
        foreach (var id in due)
        {
            var result = await ExpireAsync(Actor.System, id, cancellationToken).ConfigureAwait(false);
            if (result.IsSuccess)
            {
                expired++;
            }
            else
            {
                _logger.ExpiryRefused(id, result.Error.Code);
            }
        }

        _logger.TermsExpired(expired, today);
        return expired;
    }

    private static DomainError? ClearReason(Membership membership, DateOnly today)
    {
        membership.StateReason = null;
        return null;
    }
}
