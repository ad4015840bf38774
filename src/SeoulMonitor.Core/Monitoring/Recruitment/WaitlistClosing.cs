using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>
/// What the close of fieldwork does to recruitment: every application still waiting (waitlisted, or applied and never
/// drawn) ends as not selected; each is audited and its monitor told. Called by the task lifecycle inside its own unit
/// of work, after it has locked the task.
/// </summary>
internal static class WaitlistClosing
{
    /// <summary>Declines the waiting applications of <paramref name="task"/>; returns how many (not saved: the caller's unit of work saves).</summary>
    public static async Task<int> DeclineRemainingAsync(
        SeoulMonitorDbContext db, AuditTrail audit, MonitoringTask task, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(audit);

        // The caller's trail (same context and transaction), so one audit head is appended to.
        var waiting = await db.Set<Participation>()
            .Where(p => p.TaskId == task.Id && (p.State == ParticipationState.Waitlisted || p.State == ParticipationState.Applied))
            .Join(db.Set<Membership>(), p => p.MonitorId, m => m.Id, (p, m) => new { Participation = p, m.Email })
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var row in waiting.OrderBy(r => r.Participation.Sequence))
        {
            var p = row.Participation;
            var to = ParticipationLifecycle.Table.Fire(p.State, ParticipationEvent.Decline).Value;
            var from = p.State;
            p.State = to;
            p.UpdatedAt = now;
            p.Version = Guid.NewGuid();
            await audit.RecordAsync(actor, ParticipationLifecycle.Entity, p.Id.ToString("D"), ParticipationEvent.Decline, from, to, null, ct).ConfigureAwait(false);
            RecruitmentNotices.NotSelected(db, row.Email, task.Title, now);
        }

        return waiting.Count;
    }
}
