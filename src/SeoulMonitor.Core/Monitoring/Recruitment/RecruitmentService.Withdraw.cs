using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

public sealed partial class RecruitmentService
{
    /// <summary>
    /// The monitor withdraws their own application or seat, until fieldwork closes; a freed seat goes, in the same
    /// transaction, to the first on the waitlist, who is told.
    /// </summary>
    public Task<Result<ParticipationView>> WithdrawAsync(Guid taskId, Guid monitorId, CancellationToken cancellationToken = default) =>
        RunAsync<ParticipationView>(async ct =>
        {
            var task = await LockTaskAsync(taskId, ct).ConfigureAwait(false);
            if (task is null || !MonitoringAccess.CanRead(task, Actor.Monitor(monitorId)))
            {
                return RecruitmentErrors.TaskNotFound;
            }

            var participation = await _db.Set<Participation>().SingleOrDefaultAsync(p => p.TaskId == taskId && p.MonitorId == monitorId, ct).ConfigureAwait(false);
            return participation is null
                ? RecruitmentErrors.NotApplied
                : await LeaveAsync(task, participation, Actor.Monitor(monitorId), null, ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Staff remove a participation, with a reason, until fieldwork closes; the monitor is told and a freed seat is passed on.</summary>
    public Task<Result<ParticipationView>> RemoveAsync(
        Guid taskId, Guid participationId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var trimmed = reason?.Trim();
        DomainError? invalid = actor.Kind is not (ActorKind.Staff or ActorKind.System) ? RecruitmentErrors.Forbidden
            : string.IsNullOrEmpty(trimmed) ? RecruitmentErrors.ReasonRequired
            : trimmed.Length is < RecruitmentLimits.ReasonMinLength or > RecruitmentLimits.ReasonMaxLength ? RecruitmentErrors.ReasonLength
            : null;
        if (invalid is not null)
        {
            return Task.FromResult(_recorder.Outcome(Result<ParticipationView>.Failure(invalid)));
        }

        return RunAsync<ParticipationView>(async ct =>
        {
            var task = await LockTaskAsync(taskId, ct).ConfigureAwait(false);
            if (task is null || task.IsHistorical)
            {
                return RecruitmentErrors.TaskNotFound;
            }

            var participation = await _db.Set<Participation>().SingleOrDefaultAsync(p => p.Id == participationId && p.TaskId == taskId, ct).ConfigureAwait(false);
            return participation is null
                ? RecruitmentErrors.ParticipationNotFound
                : await LeaveAsync(task, participation, actor, trimmed, ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    private async Task<Result<ParticipationView>> LeaveAsync(MonitoringTask task, Participation participation, Actor actor, string? reason, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var running = task.State is MonitoringTaskState.RecruitmentOpen or MonitoringTaskState.RecruitmentClosed or MonitoringTaskState.FieldworkOpen;
        if (!running || now >= task.FieldworkClosesAt)
        {
            return RecruitmentErrors.WithdrawalClosed;
        }

        var heldSeat = participation.State == ParticipationState.Selected;
        var fired = await FireAsync(participation, ParticipationEvent.Withdraw, actor, reason, now, ct).ConfigureAwait(false);
        if (!fired.IsSuccess)
        {
            return fired.Error;
        }

        participation.StateReason = reason;
        Touch(task, now);
        if (reason is not null)
        {
            RecruitmentNotices.Removed(_db, await EmailOfAsync(participation.MonitorId, ct).ConfigureAwait(false), task.Title, reason, now);
        }

        if (heldSeat)
        {
            task.SelectedCount--;
            await PromoteAsync(task, participation.Id, actor, now, ct).ConfigureAwait(false);
        }

        return ParticipationView.From(participation);
    }

    /// <summary>Gives every free seat to the waitlist in order (first come: arrival; lottery: draw position); each promoted monitor is told.</summary>
    private async Task PromoteAsync(MonitoringTask task, Guid leaving, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var free = task.Capacity - task.SelectedCount;
        if (free <= 0)
        {
            return;
        }

        var waiting = _db.Set<Participation>().Where(p => p.TaskId == task.Id && p.State == ParticipationState.Waitlisted && p.Id != leaving);
        waiting = task.SelectionMethod == SelectionMethod.Lottery
            ? waiting.OrderBy(p => p.LotteryRank).ThenBy(p => p.Sequence)
            : waiting.OrderBy(p => p.Sequence);
        var next = await waiting.Take(free)
            .Join(_db.Set<Membership>(), p => p.MonitorId, m => m.Id, (p, m) => new { Participation = p, m.Email })
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var row in next.OrderBy(r => task.SelectionMethod == SelectionMethod.Lottery ? r.Participation.LotteryRank : 0).ThenBy(r => r.Participation.Sequence))
        {
            await FireAsync(row.Participation, ParticipationEvent.Select, actor, "promoted from the waitlist", now, ct).ConfigureAwait(false);
            row.Participation.SelectedAt = now;
            task.SelectedCount++;
            RecruitmentNotices.Promoted(_db, row.Email, task.Title, now);
            _logger.Promoted(task.Id, row.Participation.Id);
        }
    }

    private Task<string?> EmailOfAsync(Guid monitorId, CancellationToken ct) =>
        _db.Set<Membership>().AsNoTracking().Where(m => m.Id == monitorId).Select(m => (string?)m.Email).SingleOrDefaultAsync(ct);
}
