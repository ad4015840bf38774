using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// The reflection SLA: for sent findings the department has not answered (<see cref="FindingLifecycle.IsAnswered"/>),
/// a reminder <see cref="ReflectionOptions.ReminderLeadDays"/> before <c>RespondBy</c> and an overdue notice after it,
/// each at most once per finding (stamped in the same transaction), one notice per department and kind per run.
/// Idempotent: a second run at the same instant queues nothing. Overdue itself is derived (<see cref="FindingSla"/>).
/// </summary>
public sealed class ReflectionSlaService
{
    private const long LockKey = 0x5E0F_1250;
    private readonly SeoulMonitorDbContext _db;
    private readonly TimeProvider _time;
    private readonly ReflectionOptions _options;
    private readonly ILogger _logger;

    internal ReflectionSlaService(SeoulMonitorDbContext db, TimeProvider time, IOptions<ReflectionOptions> options, ILogger<ReflectionSlaService> logger)
    {
        _db = db;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Queues the reminders and overdue notices that are due now.</summary>
    public async Task<ReflectionSlaRun> RunAsync(CancellationToken cancellationToken = default)
    {
        var result = await _db.ExecuteAsync<ReflectionSlaRun>(async ct =>
        {
            await _db.LockNameAsync(LockKey, ct).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var remindFrom = now.AddDays(_options.ReminderLeadDays);
            var waiting = FindingSla.Waiting.ToList();
            var due = await _db.Set<Finding>()
                .Where(f => waiting.Contains(f.State) && f.RespondBy != null &&
                    ((f.RespondBy <= now && f.OverdueNoticeSentAt == null) || (f.RespondBy > now && f.RespondBy <= remindFrom && f.ReminderSentAt == null)))
                .OrderBy(f => f.RespondBy).ThenBy(f => f.Id)
                .Take(FindingLimits.SlaBatchSize)
                .Join(_db.Set<MonitoringTask>(), f => f.TaskId, t => t.Id, (f, t) => new { Finding = f, t.Department })
                .ToListAsync(ct).ConfigureAwait(false);
            var (reminders, overdue, departments) = (0, 0, 0);
            foreach (var group in due.GroupBy(d => d.Department, StringComparer.Ordinal))
            {
                var contact = (await _db.DepartmentAsync(group.Key, ct).ConfigureAwait(false))?.ContactEmail;
                if (string.IsNullOrWhiteSpace(contact))
                {
                    _logger.SlaContactMissing(group.Key, group.Count());
                    continue;
                }

                var late = group.Select(d => d.Finding).Where(f => f.RespondBy <= now).ToList();
                var soon = group.Select(d => d.Finding).Where(f => f.RespondBy > now).ToList();
                Queue(contact, late, FindingNoticeTexts.Overdue(late), MonitoringNoticeKinds.ReflectionOverdue, now, f => f.OverdueNoticeSentAt = now);
                Queue(contact, soon, FindingNoticeTexts.Reminder(soon), MonitoringNoticeKinds.ReflectionReminder, now, f => f.ReminderSentAt = now);
                (reminders, overdue, departments) = (reminders + soon.Count, overdue + late.Count, departments + 1);
            }

            return new ReflectionSlaRun(reminders, overdue, departments);
        }, cancellationToken).ConfigureAwait(false);
        _logger.SlaRan(result.Value.Reminders, result.Value.OverdueNotices, result.Value.Departments);
        return result.Value;
    }

    private void Queue(string contact, List<Finding> findings, (string Subject, string Body) text, string kind, DateTimeOffset now, Action<Finding> stamp)
    {
        if (findings.Count == 0)
        {
            return;
        }

        MonitoringNotices.Enqueue(_db, contact, text.Subject, text.Body, kind, now);
        findings.ForEach(stamp);
    }
}
