using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitors;

public sealed partial class MembershipService
{
    /// <summary>Checks and applies what a transition does beyond the state change; a refusal rolls everything back.</summary>
    private delegate DomainError? TransitionStep(Membership membership, DateOnly today);

    private async Task<Result<MembershipView>> TransitionAsync(
        Actor actor, Guid id, MembershipEvent evt, Result<string?> reason, TransitionStep? step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var from = default(MembershipState);
        var result = await GuardAsync(() => _db.ExecuteAsync<MembershipView>(async ct =>
        {
            var membership = await _db.Set<Membership>().SingleOrDefaultAsync(m => m.Id == id, ct).ConfigureAwait(false);
            if (membership is null)
            {
                return MonitorErrors.MembershipNotFound;
            }

            var to = MembershipLifecycle.Table.Fire(membership.State, evt);
            if (!to.IsSuccess)
            {
                return to.Error;
            }

            if (!reason.IsSuccess)
            {
                return reason.Error;
            }

            var now = _time.GetUtcNow();
            if (step?.Invoke(membership, SeoulCalendar.DateAt(now)) is { } refused)
            {
                return refused;
            }

            from = membership.State;
            membership.State = to.Value;
            membership.UpdatedAt = now;
            membership.Version = Guid.NewGuid();
            if (reason.Value is not null)
            {
                membership.StateReason = reason.Value;
            }

            if (MembershipLifecycle.IsTerminal(to.Value))
            {
                await PersonClaims.ReleaseAsync(_db, membership.ApplicationId, ct).ConfigureAwait(false);
            }

            await _audit.RecordAsync(actor, Entity, id.ToString("D"), evt, from, to.Value, reason.Value, ct).ConfigureAwait(false);
            return MembershipView.From(membership);
        }, cancellationToken)).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return Refuse<MembershipView>(evt.ToString(), result.Error);
        }

        _metrics.Transition(Entity, evt.ToString());
        _states?.Record(id, result.Value.State);
        _logger.Transitioned(Entity, id, evt.ToString(), from.ToString(), result.Value.State.ToString(), actor.ToString());
        return result;
    }

    private static Task<Result<T>> GuardAsync<T>(Func<Task<Result<T>>> work) => StoreGuard.RunAsync(work, Entity, MonitorErrors.ContactInUse);

    private Result<T> Refuse<T>(string operation, DomainError error) => StoreGuard.Refuse<T>(_metrics, _logger, Entity, operation, error);
}
