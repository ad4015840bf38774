using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

public sealed partial class RecruitmentService
{
    /// <summary>
    /// Staff close recruitment (the task's CloseRecruitment event). A lottery task draws here, under the task's lock:
    /// <see cref="LotteryDraw"/> orders the applications seeded by the task's seed, the first seats' worth are selected
    /// and the rest waitlisted with their draw position; every applicant is told. First come tasks keep their waitlist.
    /// </summary>
    public Task<Result<RecruitmentCounts>> CloseRecruitmentAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind is not (ActorKind.Staff or ActorKind.System))
        {
            return Task.FromResult(_recorder.Outcome(Result<RecruitmentCounts>.Failure(RecruitmentErrors.Forbidden)));
        }

        return RunAsync<RecruitmentCounts>(async ct =>
        {
            var task = await LockTaskAsync(taskId, ct).ConfigureAwait(false);
            if (task is null || task.IsHistorical)
            {
                return RecruitmentErrors.TaskNotFound;
            }

            var fired = MonitoringTaskLifecycle.Table.Fire(task.State, MonitoringTaskEvent.CloseRecruitment);
            if (!fired.IsSuccess)
            {
                return fired.Error;
            }

            if (task.SelectionMethod == SelectionMethod.Lottery && task.LotterySeed is null)
            {
                return RecruitmentErrors.LotterySeedMissing;
            }

            var now = _time.GetUtcNow();
            var from = task.State;
            task.State = fired.Value;
            Touch(task, now);
            await _recorder.TransitionAsync(actor, MonitoringTaskLifecycle.Entity, task.Id, MonitoringTaskEvent.CloseRecruitment, from, task.State, null, ct)
                .ConfigureAwait(false);
            if (task.SelectionMethod == SelectionMethod.Lottery)
            {
                await DrawAsync(task, task.LotterySeed!.Value, actor, now, ct).ConfigureAwait(false);
            }

            // Saved inside the still-open transaction, so the counts read what this close wrote.
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            return await CountAsync(task, ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    private async Task DrawAsync(MonitoringTask task, long seed, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var applicants = await _db.Set<Participation>().Where(p => p.TaskId == task.Id && p.State == ParticipationState.Applied)
            .Join(_db.Set<Membership>(), p => p.MonitorId, m => m.Id, (p, m) => new { Participation = p, m.Email })
            .ToListAsync(ct).ConfigureAwait(false);
        var byMonitor = applicants.ToDictionary(a => a.Participation.MonitorId);
        var order = LotteryDraw.Draw(seed, byMonitor.Keys);
        var seats = Math.Max(0, task.Capacity - task.SelectedCount);
        var waitlistedBefore = await _db.Set<Participation>().CountAsync(p => p.TaskId == task.Id && p.State == ParticipationState.Waitlisted, ct).ConfigureAwait(false);
        for (var i = 0; i < order.Count; i++)
        {
            var (participation, email) = (byMonitor[order[i]].Participation, byMonitor[order[i]].Email);
            participation.LotteryRank = i + 1;
            if (i < seats)
            {
                await FireAsync(participation, ParticipationEvent.Select, actor, null, now, ct).ConfigureAwait(false);
                participation.SelectedAt = now;
                task.SelectedCount++;
                RecruitmentNotices.Selected(_db, email, task.Title, now);
            }
            else
            {
                await FireAsync(participation, ParticipationEvent.Waitlist, actor, null, now, ct).ConfigureAwait(false);
                RecruitmentNotices.Waitlisted(_db, email, task.Title, waitlistedBefore + i - seats + 1, now);
            }
        }

        _logger.LotteryDrawn(task.Id, seed, order.Count, Math.Min(seats, order.Count), Math.Max(0, order.Count - seats));
    }
}
