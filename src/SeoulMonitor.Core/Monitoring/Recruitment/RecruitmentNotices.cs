using System.Globalization;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>
/// The recruitment notices to a monitor (Korean first, then an English line), queued in the caller's unit of work.
/// They name only the task and the recipient's own outcome.
/// </summary>
internal static class RecruitmentNotices
{
    private const string Sign = "\n\n서울시민모니터 / Seoul Citizen Monitor";

    /// <summary>The monitor was selected on application or by the lottery.</summary>
    public static bool Selected(SeoulMonitorDbContext db, string? to, string title, DateTimeOffset now) => Queue(db, to, now,
        $"[서울시민모니터] '{title}' 참여자로 선정되었습니다 / You were selected",
        $"'{title}' 모니터링 참여자로 선정되었습니다. 현장 활동 일정을 확인해 주세요.\nYou were selected for the monitoring task '{title}'. Please check the fieldwork dates.");

    /// <summary>The monitor was put on the waitlist at <paramref name="position"/>.</summary>
    public static bool Waitlisted(SeoulMonitorDbContext db, string? to, string title, int position, DateTimeOffset now)
    {
        var n = position.ToString(CultureInfo.InvariantCulture);
        return Queue(db, to, now,
            $"[서울시민모니터] '{title}' 대기자로 등록되었습니다 (대기 {n}번) / You are on the waitlist (#{n})",
            $"'{title}' 모집 정원이 찼습니다. 대기 {n}번으로 등록되었으며, 자리가 나면 순서대로 선정되고 알려 드립니다.\n" +
            $"The monitoring task '{title}' is full. You are number {n} on the waitlist; you will be told if a seat frees up for you.");
    }

    /// <summary>Recruitment ended without a seat for the monitor.</summary>
    public static bool NotSelected(SeoulMonitorDbContext db, string? to, string title, DateTimeOffset now) => Queue(db, to, now,
        $"[서울시민모니터] '{title}' 미선정 안내 / You were not selected",
        $"아쉽게도 '{title}' 모니터링에 선정되지 않았습니다. 관심을 가져 주셔서 감사합니다.\nWe are sorry: you were not selected for the monitoring task '{title}'. Thank you for applying.");

    /// <summary>A seat freed up and the waitlisted monitor got it.</summary>
    public static bool Promoted(SeoulMonitorDbContext db, string? to, string title, DateTimeOffset now) => Queue(db, to, now,
        $"[서울시민모니터] '{title}' 대기에서 선정되었습니다 / You were selected from the waitlist",
        $"자리가 나서 '{title}' 모니터링 참여자로 선정되었습니다. 현장 활동 일정을 확인해 주세요.\nA seat freed up: you are now selected for the monitoring task '{title}'. Please check the fieldwork dates.");

    /// <summary>Staff removed the monitor from the task.</summary>
    public static bool Removed(SeoulMonitorDbContext db, string? to, string title, string reason, DateTimeOffset now) => Queue(db, to, now,
        $"[서울시민모니터] '{title}' 참여 취소 안내 / Your participation was cancelled",
        $"'{title}' 모니터링 참여가 운영자에 의해 취소되었습니다. 사유: {reason}\nYour participation in the monitoring task '{title}' was cancelled by staff. Reason: {reason}");

    /// <summary>The task was cancelled.</summary>
    public static bool TaskCancelled(SeoulMonitorDbContext db, string? to, string title, string reason, DateTimeOffset now) => Queue(db, to, now,
        $"[서울시민모니터] '{title}' 과제 취소 안내 / The monitoring task was cancelled",
        $"'{title}' 모니터링 과제가 취소되어 참여 신청이 종료되었습니다. 사유: {reason}\nThe monitoring task '{title}' was cancelled, so your application has ended. Reason: {reason}");

    private static bool Queue(SeoulMonitorDbContext db, string? to, DateTimeOffset now, string subject, string body)
    {
        if (string.IsNullOrWhiteSpace(to))
        {
            return false; // no address on record: nobody to tell by e-mail
        }

        MonitoringNotices.Enqueue(db, to, subject, body + Sign, MonitoringNoticeKinds.Recruitment, now);
        return true;
    }
}
