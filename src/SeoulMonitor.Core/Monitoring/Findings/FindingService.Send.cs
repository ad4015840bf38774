using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

public sealed partial class FindingService
{
    /// <summary>
    /// Staff send drafts of a task to its department: each goes Draft → SentToDepartment (audited once) with
    /// <c>RespondBy</c> = now + <see cref="ReflectionOptions.ResponseDays"/>; the task's first send moves it from
    /// Consolidating to ReportedToDepartment (audited); the department gets one notice listing them, and each
    /// finding's contributors one notice each. The department must be registered with a contact address.
    /// </summary>
    public async Task<Result<IReadOnlyList<FindingView>>> SendAsync(
        Guid taskId, IReadOnlyList<Guid>? findingIds, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _recorder.Outcome(await _db.ExecuteAsync<IReadOnlyList<FindingView>>(async ct =>
        {
            if (!FindingValidation.IsStaff(actor))
            {
                return FindingErrors.Forbidden;
            }

            var ids = FindingValidation.Ids(findingIds, FindingLimits.MaxSend, FindingErrors.SendRequired, FindingErrors.SendRequired);
            if (!ids.IsSuccess)
            {
                return ids.Error;
            }

            var task = await _db.LockByIdAsync<MonitoringTask>("monitoring_tasks", taskId, ct).ConfigureAwait(false);
            if (task is null)
            {
                return FindingErrors.TaskNotFound;
            }

            if (!DraftingStates.Contains(task.State))
            {
                return FindingErrors.TaskNotConsolidating;
            }

            var department = await _db.DepartmentAsync(task.Department, ct).ConfigureAwait(false);
            if (department?.ContactEmail is not { Length: > 0 } contact)
            {
                return FindingErrors.DepartmentContactMissing;
            }

            var findings = new List<Finding>();
            foreach (var id in ids.Value.Order())
            {
                var finding = await _db.LockByIdAsync<Finding>("findings", id, ct).ConfigureAwait(false);
                if (finding is null)
                {
                    return FindingErrors.NotFound;
                }

                if (finding.TaskId != taskId)
                {
                    return FindingErrors.SendOtherTask;
                }

                var fired = FindingLifecycle.Table.Fire(finding.State, FindingEvent.Send);
                if (!fired.IsSuccess)
                {
                    return fired.Error;
                }

                findings.Add(finding);
            }

            var now = _time.GetUtcNow();
            var respondBy = now.AddDays(_options.ResponseDays);
            var notices = 0;
            foreach (var finding in findings)
            {
                finding.SentAt = now;
                finding.RespondBy = respondBy;
                notices += await _db.ApplyAsync(_recorder, finding, FindingEvent.Send, FindingState.SentToDepartment, actor,
                    (task.Title, task.Department), null, now, ct).ConfigureAwait(false);
            }

            if (task.State == MonitoringTaskState.Consolidating)
            {
                var reported = MonitoringTaskLifecycle.Table.Fire(task.State, MonitoringTaskEvent.ReportToDepartment).Value;
                await _recorder.TransitionAsync(actor, MonitoringTaskLifecycle.Entity, task.Id, MonitoringTaskEvent.ReportToDepartment, task.State, reported, null, ct)
                    .ConfigureAwait(false);
                task.State = reported;
                task.UpdatedAt = now;
                task.Version = Guid.NewGuid();
            }

            var (subject, body) = FindingNoticeTexts.Sent(task.Title, findings, respondBy);
            MonitoringNotices.Enqueue(_db, contact, subject, body, MonitoringNoticeKinds.FindingsSent, now);
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            _logger.FindingsSent(findings.Count, task.Id, task.Department, notices);
            var views = new List<FindingView>();
            foreach (var finding in findings)
            {
                views.Add(FindingView.From(finding, await _db.PartsAsync(finding.Id, ct).ConfigureAwait(false), now));
            }

            return views;
        }, cancellationToken).ConfigureAwait(false));
    }
}
