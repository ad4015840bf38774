using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>
/// Community activities, the evidence of community expenses: the leader of an active community reports one; staff
/// verify it or reject it with a reason (also after verification). Each step writes one audit record; a refused one
/// writes nothing. The leader and staff read a community's activities.
/// </summary>
public sealed class CommunityActivityService
{
    private static readonly TransitionTable<CommunityActivityState, CommunityActivityEvent> Table = CommunityActivityLifecycle.Table;
    private readonly SeoulMonitorDbContext _db;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;

    internal CommunityActivityService(SeoulMonitorDbContext db, TransitionRecorder recorder, TimeProvider time)
    {
        _db = db;
        _recorder = recorder;
        _time = time;
    }

    /// <summary>The community's leader reports an activity.</summary>
    public async Task<Result<CommunityActivityView>> ReportAsync(
        Guid communityId, ReportActivityRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var title = request.Title?.Trim();
        var today = SeoulCalendar.Today(_time);
        var parsed = DateOnly.TryParseExact(request.HeldOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var heldOn);
        DomainError? invalid = title is null || title.Length < CommunityActivityLimits.TitleMinLength || title.Length > CommunityActivityLimits.TitleMaxLength
            ? CommunityActivityErrors.TitleInvalid
            : !parsed || heldOn > today || heldOn < today.AddDays(-CommunityActivityLimits.MaxAgeDays)
                ? CommunityActivityErrors.HeldOnInvalid
                : request.Attendees < CommunityActivityLimits.MinAttendees ? CommunityActivityErrors.AttendeesInvalid : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<CommunityActivityView>.Failure(invalid));
        }

        return _recorder.Outcome(await _db.ExecuteAsync<CommunityActivityView>(async ct =>
        {
            var community = await CommunityStore.LockAsync(_db, communityId, ct).ConfigureAwait(false);
            DomainError? refused = community is null ? CommunityActivityErrors.CommunityNotFound
                : community.LeaderId is null || CommunityStore.MonitorIdOf(actor) != community.LeaderId ? CommunityActivityErrors.NotLeader
                : community.State != CommunityState.Active ? CommunityActivityErrors.CommunityNotActive
                : request.Attendees > community.MemberCount ? CommunityActivityErrors.AttendeesInvalid
                : null;
            if (refused is not null)
            {
                return refused;
            }

            var now = _time.GetUtcNow();
            var activity = new CommunityActivity
            {
                Id = Guid.CreateVersion7(now),
                CommunityId = communityId,
                Title = title!,
                HeldOn = heldOn,
                Attendees = request.Attendees,
                State = CommunityActivityState.Reported,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<CommunityActivity>().Add(activity);
            await _recorder.CreationAsync(actor, CommunityActivityLifecycle.Entity, activity.Id, "Report", activity.State, null, ct).ConfigureAwait(false);
            return CommunityActivityView.From(activity);
        }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Staff verify a reported activity.</summary>
    public Task<Result<CommunityActivityView>> VerifyAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, CommunityActivityEvent.Verify, null, actor, cancellationToken);

    /// <summary>Staff reject an activity with a reason (a verified one too: its stipend entry is reversed on recalculation).</summary>
    public Task<Result<CommunityActivityView>> RejectAsync(Guid id, string? reason, Actor actor, CancellationToken cancellationToken = default) =>
        FireAsync(id, CommunityActivityEvent.Reject, reason ?? string.Empty, actor, cancellationToken);

    /// <summary>A community's activities, newest first (its leader or staff).</summary>
    public async Task<Result<IReadOnlyList<CommunityActivityView>>> ListAsync(Guid communityId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var community = await _db.Set<Community>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == communityId, cancellationToken).ConfigureAwait(false);
        if (community is null)
        {
            return CommunityActivityErrors.CommunityNotFound;
        }

        if (CommunityStore.CheckLeaderOrStaff(community, actor) is not null)
        {
            return CommunityActivityErrors.NotLeader;
        }

        var rows = await _db.Set<CommunityActivity>().AsNoTracking().Where(a => a.CommunityId == communityId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.CreatedAt).Select(CommunityActivityView.From).ToList();
    }

    private async Task<Result<CommunityActivityView>> FireAsync(Guid id, CommunityActivityEvent evt, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var trimmed = reason?.Trim();
        DomainError? invalid = actor.Kind is not (ActorKind.Staff or ActorKind.System) ? CommunityActivityErrors.Forbidden
            : trimmed is not null && (trimmed.Length < CommunityActivityLimits.ReasonMinLength || trimmed.Length > CommunityActivityLimits.ReasonMaxLength)
                ? CommunityActivityErrors.ReasonInvalid
            : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<CommunityActivityView>.Failure(invalid));
        }

        return _recorder.Outcome(await _db.ExecuteAsync<CommunityActivityView>(async ct =>
        {
            var activity = await _db.LockByIdAsync<CommunityActivity>("community_activities", id, ct).ConfigureAwait(false);
            if (activity is null)
            {
                return CommunityActivityErrors.NotFound;
            }

            var fired = Table.Fire(activity.State, evt);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            var from = activity.State;
            activity.State = fired.Value;
            activity.Reason = trimmed ?? activity.Reason;
            activity.UpdatedAt = _time.GetUtcNow();
            activity.Version = Guid.NewGuid();
            await _recorder.TransitionAsync(actor, CommunityActivityLifecycle.Entity, activity.Id, evt, from, activity.State, trimmed, ct).ConfigureAwait(false);
            return CommunityActivityView.From(activity);
        }, cancellationToken).ConfigureAwait(false));
    }
}
