using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// The common tail of every finding transition: the new state, one history entry, exactly one audit record, and one
/// notice to each distinct contributing monitor — all in the caller's unit of work.
/// </summary>
internal static class FindingTransition
{
    /// <summary>Applies a fired transition; returns the number of contributor notices queued.</summary>
    public static async Task<int> ApplyAsync(
        this SeoulMonitorDbContext db, TransitionRecorder recorder, Finding finding, FindingEvent evt, FindingState to, Actor actor,
        (string TaskTitle, string Department) task, string? text, DateTimeOffset now, CancellationToken ct)
    {
        var from = finding.State;
        finding.State = to;
        finding.UpdatedAt = now;
        finding.Version = Guid.NewGuid();
        var byDepartment = evt is FindingEvent.Send or FindingEvent.Reopen ? null : task.Department;
        db.Add(new FindingUpdate
        {
            Id = Guid.NewGuid(), FindingId = finding.Id, Event = evt, FromState = from, ToState = to, Progress = finding.Progress, Text = text,
            ExpectedDate = finding.ExpectedDate, At = now, ByDepartment = byDepartment,
            RecordedByStaff = byDepartment is not null && actor.Kind != ActorKind.Department,
        });
        await recorder.TransitionAsync(actor, FindingLifecycle.Entity, finding.Id, evt, from, to, text, ct).ConfigureAwait(false);
        return await db.NotifyContributorsAsync(finding, task.TaskTitle, task.Department, text, now, ct).ConfigureAwait(false);
    }
}
