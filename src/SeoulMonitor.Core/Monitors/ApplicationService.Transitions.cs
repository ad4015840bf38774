using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitors;

public sealed partial class ApplicationService
{
    /// <summary>Something a transition does to the record after the table allowed it; a refusal rolls everything back.</summary>
    private delegate Task<DomainError?> TransitionStep(MonitorApplication application, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// One transition: load (checking the applicant's token when given), fire the table, validate the inputs, apply,
    /// release the person's identity keys when the application closes, and write exactly one audit record.
    /// </summary>
    private async Task<Result<ApplicationView>> TransitionAsync(
        Actor actor, Guid id, string? accessToken, ApplicationEvent evt, Result<string?> reason, TransitionStep? step, CancellationToken cancellationToken)
    {
        var from = default(ApplicationState);
        var result = await GuardAsync(() => _db.ExecuteAsync<ApplicationView>(async ct =>
        {
            var application = await _db.Set<MonitorApplication>().SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false);
            if (application is null || (actor.Kind == ActorKind.Citizen && !ApplicantToken.Matches(accessToken, application.AccessTokenHash)))
            {
                return MonitorErrors.ApplicationNotFound;
            }

            var to = ApplicationLifecycle.Table.Fire(application.State, evt);
            if (!to.IsSuccess)
            {
                return to.Error;
            }

            if (!reason.IsSuccess)
            {
                return reason.Error;
            }

            var now = _time.GetUtcNow();
            if (step is not null && await step(application, now, ct).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            from = application.State;
            application.State = to.Value;
            application.UpdatedAt = now;
            application.Version = Guid.NewGuid();
            if (reason.Value is not null)
            {
                application.StateReason = reason.Value;
            }

            if (to.Value is ApplicationState.Rejected or ApplicationState.Withdrawn)
            {
                await PersonClaims.ReleaseAsync(_db, id, ct).ConfigureAwait(false);
            }

            await _audit.RecordAsync(actor, Entity, id.ToString("D"), evt, from, to.Value, reason.Value, ct).ConfigureAwait(false);
            return ApplicationView.From(application);
        }, cancellationToken)).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return Refuse<ApplicationView>(evt.ToString(), result.Error);
        }

        _metrics.Transition(Entity, evt.ToString());
        _logger.Transitioned(Entity, id, evt.ToString(), from.ToString(), result.Value.State.ToString(), actor.ToString());
        return result;
    }
}
