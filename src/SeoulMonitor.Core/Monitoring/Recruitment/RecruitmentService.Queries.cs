using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

public sealed partial class RecruitmentService
{
    /// <summary>The access-log subject type of a task's participant list.</summary>
    public const string ParticipantsSubject = "task_participants";

    /// <summary>A monitor's own participations, newest application first, with their tasks' titles, states and windows.</summary>
    public async Task<IReadOnlyList<MyParticipationView>> MyParticipationsAsync(Guid monitorId, CancellationToken cancellationToken = default)
    {
        var rows = await _db.Set<Participation>().AsNoTracking().Where(p => p.MonitorId == monitorId)
            .Join(_db.Set<MonitoringTask>().AsNoTracking(), p => p.TaskId, t => t.Id, (p, t) => new { p, t })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = new List<MyParticipationView>(rows.Count);
        foreach (var row in rows.OrderByDescending(r => r.p.AppliedAt).ThenBy(r => r.p.Id))
        {
            var position = row.p.State == ParticipationState.Waitlisted ? await WaitlistPositionAsync(row.t, row.p, cancellationToken).ConfigureAwait(false) : (int?)null;
            views.Add(MyParticipationView.From(ParticipationView.From(row.p, position), row.t));
        }

        return views;
    }

    /// <summary>
    /// Staff: a task's participants with names and districts, in arrival order. The read is recorded in the
    /// personal-data access log (with its declared purpose) before anything is returned.
    /// </summary>
    public async Task<Result<IReadOnlyList<ParticipantView>>> ParticipantsAsync(
        Guid taskId, Actor actor, string? purpose, string? sourceAddress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != ActorKind.Staff)
        {
            return _recorder.Outcome(Result<IReadOnlyList<ParticipantView>>.Failure(RecruitmentErrors.Forbidden));
        }

        var request = new AccessRequest(ParticipantsSubject, taskId.ToString("D"), AccessAction.List, purpose, null, 0, sourceAddress);
        if (PersonalDataAccessLog.Validate(request) is { } invalid)
        {
            return _recorder.Outcome(Result<IReadOnlyList<ParticipantView>>.Failure(invalid));
        }

        var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return _recorder.Outcome(Result<IReadOnlyList<ParticipantView>>.Failure(RecruitmentErrors.TaskNotFound));
        }

        var rows = await _db.Set<Participation>().AsNoTracking().Where(p => p.TaskId == taskId)
            .Join(_db.Set<Membership>().AsNoTracking(), p => p.MonitorId, m => m.Id, (p, m) => new { p, m.Name, m.District })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ordered = rows.OrderBy(r => r.p.Sequence).ToList();
        var views = new List<ParticipantView>(ordered.Count);
        var waitlist = ordered.Where(r => r.p.State == ParticipationState.Waitlisted)
            .OrderBy(r => task.SelectionMethod == SelectionMethod.Lottery ? r.p.LotteryRank ?? int.MaxValue : 0).ThenBy(r => r.p.Sequence)
            .Select((r, i) => (r.p.Id, Position: i + 1)).ToDictionary(x => x.Id, x => x.Position);
        foreach (var row in ordered)
        {
            views.Add(new ParticipantView(ParticipationView.From(row.p, waitlist.GetValueOrDefault(row.p.Id)), row.Name, row.District));
        }

        var logged = await _accessLog.RecordAsync(actor, request with { RecordCount = views.Count }, cancellationToken).ConfigureAwait(false);
        if (!logged.IsSuccess)
        {
            return _recorder.Outcome(Result<IReadOnlyList<ParticipantView>>.Failure(logged.Error));
        }

        _logger.ParticipantsRead(taskId, views.Count, actor.ToString());
        return views;
    }

    /// <summary>A task's recruitment in numbers (no personal data). Callers scope department officers to their own tasks.</summary>
    public async Task<Result<RecruitmentCounts>> CountsAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var task = await _db.Set<MonitoringTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        return task is null ? RecruitmentErrors.TaskNotFound : await CountAsync(task, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RecruitmentCounts> CountAsync(MonitoringTask task, CancellationToken ct)
    {
        var counts = await _db.Set<Participation>().AsNoTracking().Where(p => p.TaskId == task.Id)
            .GroupBy(p => p.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, ct).ConfigureAwait(false);

        int Of(ParticipationState state) => counts.GetValueOrDefault(state);
        return new RecruitmentCounts(
            task.Id, task.Department, task.State, task.SelectionMethod, task.Capacity, task.SelectedCount,
            Of(ParticipationState.Applied), Of(ParticipationState.Selected), Of(ParticipationState.Waitlisted),
            Of(ParticipationState.NotSelected), Of(ParticipationState.Withdrawn), Of(ParticipationState.Completed));
    }
}
