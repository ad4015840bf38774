using System.Globalization;
using System.Text;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// The texts of the department loop's notices: Korean first, with an English line. Department notices name the
/// task and findings only; a monitor's notice names the task, the finding and the department's answer — never
/// another person's data.
/// </summary>
internal static class FindingNoticeTexts
{
    public static (string Subject, string Body) Sent(string taskTitle, IReadOnlyList<Finding> findings, DateTimeOffset respondBy) =>
        ($"[서울시민모니터] 모니터링 의견 {findings.Count}건 통보 / {findings.Count} finding(s) from citizen monitoring",
         Listing(
             $"'{taskTitle}' 과제의 시민 모니터링 의견 {findings.Count}건을 통보합니다. {Date(respondBy)}까지 반영 결과를 회신해 주세요.",
             $"{findings.Count} finding(s) of the task '{taskTitle}' were sent to your department; please answer by {Date(respondBy)}.",
             findings));

    public static (string Subject, string Body) Reopened(string taskTitle, Finding finding, string reason) =>
        ($"[서울시민모니터] 반영 결과 재검토 요청 / A finding was reopened",
         Listing(
             $"'{taskTitle}' 과제의 의견에 대해 시민 모니터의 이의가 있어 재검토를 요청합니다. 사유: {reason}",
             $"A finding of the task '{taskTitle}' was reopened after a monitor's dispute; please answer again.",
             [finding]));

    public static (string Subject, string Body) Reminder(IReadOnlyList<Finding> findings) =>
        ($"[서울시민모니터] 반영 결과 회신 기한 임박 ({findings.Count}건) / Reflection results due soon",
         Listing(
             "아래 시민 모니터링 의견의 반영 결과 회신 기한이 다가오고 있습니다.",
             "The reflection results of the findings below are due soon.",
             findings));

    public static (string Subject, string Body) Overdue(IReadOnlyList<Finding> findings) =>
        ($"[서울시민모니터] 반영 결과 회신 기한 경과 ({findings.Count}건) / Reflection results overdue",
         Listing(
             "아래 시민 모니터링 의견의 반영 결과 회신 기한이 지났습니다. 조속히 회신해 주세요.",
             "The reflection results of the findings below are overdue; please answer.",
             findings));

    public static (string Subject, string Body) Update(string taskTitle, string department, Finding finding, string? text)
    {
        var body = new StringBuilder()
            .AppendLine("참여하신 시민 모니터링 의견의 처리 상태가 바뀌었습니다.")
            .AppendLine(CultureInfo.InvariantCulture, $"과제: {taskTitle}")
            .AppendLine(CultureInfo.InvariantCulture, $"의견: {finding.Title}")
            .AppendLine(CultureInfo.InvariantCulture, $"부서: {department}")
            .AppendLine(CultureInfo.InvariantCulture, $"상태: {StatusNames.Korean(finding.State)} ({StatusNames.English(finding.State)})")
            .AppendLine(CultureInfo.InvariantCulture, $"진행률: {finding.Progress}%");
        if (finding.ExpectedDate is { } expected)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"예정일: {expected:yyyy-MM-dd}");
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"내용: {text}");
        }

        body.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"A finding you contributed to is now '{StatusNames.English(finding.State)}' ({finding.Progress}%).");
        return ($"[서울시민모니터] 의견 처리 상태: {StatusNames.Korean(finding.State)} / Finding update: {StatusNames.English(finding.State)}", body.ToString());
    }

    private static string Listing(string korean, string english, IReadOnlyList<Finding> findings)
    {
        var body = new StringBuilder().AppendLine(korean).AppendLine();
        foreach (var f in findings)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {f.Title} (기한 {Date(f.RespondBy)}, {StatusNames.Korean(f.State)})");
        }

        return body.AppendLine().AppendLine(english).ToString();
    }

    private static string Date(DateTimeOffset? instant) =>
        instant is { } i ? SeoulCalendar.ToSeoul(i).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-";
}
