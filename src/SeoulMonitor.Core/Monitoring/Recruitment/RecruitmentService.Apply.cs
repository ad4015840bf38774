using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Training;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

public sealed partial class RecruitmentService
{
    /// <summary>
    /// An active, eligible monitor applies while recruitment is open (a withdrawn monitor may apply again). Under the
    /// task's lock the application gets the next arrival number; first come first served tasks select it while seats
    /// are left and waitlist it otherwise, lottery tasks keep it for the draw at the close of recruitment.
    /// </summary>
    public Task<Result<ParticipationView>> ApplyAsync(Guid taskId, Guid monitorId, CancellationToken cancellationToken = default) =>
        RunAsync(ct => ApplyOnceAsync(taskId, monitorId, ct), cancellationToken);

    private async Task<Result<ParticipationView>> ApplyOnceAsync(Guid taskId, Guid monitorId, CancellationToken ct)
    {
        // The monitor's own records are read before the task's lock, to keep the time under the lock short.
        var monitor = await _db.Set<Membership>().AsNoTracking().Where(m => m.Id == monitorId)
            .Select(m => new { m.State, m.District, m.Email }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var task = await LockTaskAsync(taskId, ct).ConfigureAwait(false);
        if (task is null || !MonitoringAccess.CanRead(task, Actor.Monitor(monitorId)))
        {
            // A task monitors may not see yet (planned) or at all (historical) is answered as missing.
            return RecruitmentErrors.TaskNotFound;
        }

        var now = _time.GetUtcNow();
        if (ApplicationWindowRefusal(task, now) is { } closed)
        {
            return closed;
        }

        if (monitor is null || monitor.State != MembershipState.Active)
        {
            return RecruitmentErrors.MonitorInactive;
        }

        if (task.EligibleDistricts.Count > 0 && !task.EligibleDistricts.Contains(monitor.District))
        {
            return RecruitmentErrors.DistrictIneligible;
        }

        if (task.RequiredTrainingSessionIds.Count > 0 &&
            !await _db.HasAttendedAsync(monitorId, task.RequiredTrainingSessionIds, cancellationToken: ct).ConfigureAwait(false))
        {
            return RecruitmentErrors.TrainingRequired;
        }

        var participation = await _db.Set<Participation>().SingleOrDefaultAsync(p => p.TaskId == taskId && p.MonitorId == monitorId, ct).ConfigureAwait(false);
        if (participation is not null && !Table.Allows(participation.State, ParticipationEvent.Reapply))
        {
            return RecruitmentErrors.AlreadyApplied;
        }

        if (task.ApplicationSequence >= RecruitmentLimits.MaxApplicationsPerTask)
        {
            return RecruitmentErrors.ApplicationsFull;
        }

        var actor = Actor.Monitor(monitorId);
        if (participation is null)
        {
            participation = new Participation { Id = Guid.CreateVersion7(now), TaskId = taskId, MonitorId = monitorId, State = ParticipationState.Applied };
            _db.Set<Participation>().Add(participation);
            Touch(participation, now);
            await _recorder.CreationAsync(actor, ParticipationLifecycle.Entity, participation.Id, "Apply", participation.State, null, ct).ConfigureAwait(false);
        }
        else
        {
            participation.StateReason = null;
            await FireAsync(participation, ParticipationEvent.Reapply, actor, null, now, ct).ConfigureAwait(false);
        }

        participation.Sequence = ++task.ApplicationSequence;
        participation.AppliedAt = now;
        participation.SelectedAt = null;
        participation.LotteryRank = null;
        Touch(task, now);
        if (task.SelectionMethod == SelectionMethod.FirstComeFirstServed)
        {
            await SeatOnArrivalAsync(task, participation, actor, monitor.Email, now, ct).ConfigureAwait(false);
        }

        _logger.Applied(taskId, participation.Sequence, monitorId, participation.State);
        var position = participation.State == ParticipationState.Waitlisted ? await WaitlistPositionAsync(task, participation, ct).ConfigureAwait(false) : (int?)null;
        return ParticipationView.From(participation, position);
    }

    /// <summary>First come, first served: a seat while any is left, else the end of the waitlist; the monitor is told.</summary>
    private async Task SeatOnArrivalAsync(MonitoringTask task, Participation participation, Actor actor, string email, DateTimeOffset now, CancellationToken ct)
    {
        if (task.SelectedCount < task.Capacity)
        {
            await FireAsync(participation, ParticipationEvent.Select, actor, null, now, ct).ConfigureAwait(false);
            participation.SelectedAt = now;
            task.SelectedCount++;
            RecruitmentNotices.Selected(_db, email, task.Title, now);
            return;
        }

        await FireAsync(participation, ParticipationEvent.Waitlist, actor, null, now, ct).ConfigureAwait(false);
        RecruitmentNotices.Waitlisted(_db, email, task.Title, await WaitlistPositionAsync(task, participation, ct).ConfigureAwait(false), now);
    }

    /// <summary>Why the task takes no application now, or null while it is recruiting inside its window.</summary>
    private static DomainError? ApplicationWindowRefusal(MonitoringTask task, DateTimeOffset now) => task.State switch
    {
        MonitoringTaskState.Planned => RecruitmentErrors.NotOpen,
        MonitoringTaskState.RecruitmentOpen when now < task.RecruitmentOpensAt => RecruitmentErrors.NotOpen,
        MonitoringTaskState.RecruitmentOpen when now >= task.RecruitmentClosesAt => RecruitmentErrors.Closed,
        MonitoringTaskState.RecruitmentOpen => null,
        _ => RecruitmentErrors.Closed,
    };
}
