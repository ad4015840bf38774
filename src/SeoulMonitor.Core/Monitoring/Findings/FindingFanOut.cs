using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// Tells every distinct contributing monitor of a finding about a change of its state: one notice each, queued in
/// the caller's unit of work. The rule: a monitor is told when their membership has an e-mail address, whatever
/// its state (a monitor whose term ended still hears what became of their opinion); no address, no notice.
/// </summary>
internal static class FindingFanOut
{
    public static async Task<int> NotifyContributorsAsync(
        this SeoulMonitorDbContext db, Finding finding, string taskTitle, string department, string? text, DateTimeOffset now, CancellationToken ct)
    {
        var contributors = await db.ContributorsAsync(finding.Id, ct).ConfigureAwait(false);
        var (subject, body) = FindingNoticeTexts.Update(taskTitle, department, finding, text);
        var sent = 0;
        foreach (var address in contributors.Select(c => c.Email.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            MonitoringNotices.Enqueue(db, address, subject, body, MonitoringNoticeKinds.FindingUpdate, now);
            sent++;
        }

        return sent;
    }
}
