using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>
/// Tells a demand's requester the screening outcome, in the same unit of work: a department's demand goes to the
/// department's contact address, a community proposal to its current leader's own address. Staff's own demands and
/// requesters without an address get no e-mail. Korean first, then an English line; no one else's personal data.
/// </summary>
internal static class DemandNotices
{
    public static async Task<bool> ScreenedAsync(
        SeoulMonitorDbContext db, TaskDemand demand, DemandEvent evt, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var to = await RecipientAsync(db, demand, cancellationToken).ConfigureAwait(false);
        if (to is null)
        {
            return false;
        }

        var state = demand.State;
        var subject = $"[서울시민모니터] 과제 수요 심사 결과: {StatusNames.Korean(state)} / Demand screening: {StatusNames.English(state)}";
        var body =
            $"과제 수요 「{demand.Title}」의 심사 결과는 '{StatusNames.Korean(state)}'입니다." +
            (reason is null ? string.Empty : $"\n{ReasonLabelKo(evt)}: {reason}") +
            $"\n\nThe screening outcome of the demand \"{demand.Title}\" is: {StatusNames.English(state)}." +
            (reason is null ? string.Empty : $"\n{ReasonLabelEn(evt)}: {reason}");
        MonitoringNotices.Enqueue(db, to, subject, body, MonitoringNoticeKinds.Screening, now);
        return true;
    }

    private static async Task<string?> RecipientAsync(SeoulMonitorDbContext db, TaskDemand demand, CancellationToken ct)
    {
        switch (demand.Source)
        {
            case DemandSource.Department when demand.Department is { } name:
                return await db.Set<Department>().Where(d => d.Name == name).Select(d => d.ContactEmail).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            case DemandSource.Community when demand.CommunityId is { } communityId:
                var leader = await db.Set<Community>().Where(c => c.Id == communityId).Select(c => c.LeaderId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
                if (leader is not { } leaderId)
                {
                    return null;
                }

                var email = await db.Set<Membership>().Where(m => m.Id == leaderId).Select(m => m.Email).FirstOrDefaultAsync(ct).ConfigureAwait(false);
                return string.IsNullOrWhiteSpace(email) ? null : email;
            default:
                return null;
        }
    }

    private static string ReasonLabelKo(DemandEvent evt) => evt == DemandEvent.ReturnForInfo ? "보완할 사항" : "사유";

    private static string ReasonLabelEn(DemandEvent evt) => evt == DemandEvent.ReturnForInfo ? "What is missing" : "Reason";
}
