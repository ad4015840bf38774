using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>
/// What cancelling a task does to recruitment: selected participants are withdrawn (their seats freed, the reason
/// recorded), applied and waitlisted ones end as not selected; each transition is audited on the caller's trail and
/// every monitor is told. Called by the task lifecycle inside its unit of work, after it has locked the task.
/// </summary>
internal static class TaskCancellation
{
    /// <summary>Ends the open participations of <paramref name="task"/>; returns how many (not saved: the caller saves).</summary>
    public static async Task<int> EndParticipationsAsync(
        SeoulMonitorDbContext db, AuditTrail audit, MonitoringTask task, Actor actor, string reason, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(task);
        var open = await db.Set<Participation>()
            .Where(p => p.TaskId == task.Id && (p.State == ParticipationState.Selected || p.State == ParticipationState.Waitlisted || p.State == ParticipationState.Applied))
            .Join(db.Set<Membership>(), p => p.MonitorId, m => m.Id, (p, m) => new { Participation = p, m.Email })
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var row in open.OrderBy(r => r.Participation.Sequence))
        {
            var p = row.Participation;
            var evt = p.State == ParticipationState.Selected ? ParticipationEvent.Withdraw : ParticipationEvent.Decline;
            var from = p.State;
            var to = ParticipationLifecycle.Table.Fire(from, evt).Value;
            p.State = to;
            p.StateReason = reason;
            p.UpdatedAt = now;
            p.Version = Guid.NewGuid();
            await audit.RecordAsync(actor, ParticipationLifecycle.Entity, p.Id.ToString("D"), evt, from, to, reason, ct).ConfigureAwait(false);
            RecruitmentNotices.TaskCancelled(db, row.Email, task.Title, reason, now);
        }

        task.SelectedCount = 0;
        return open.Count;
    }
}
