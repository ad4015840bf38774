using System.Globalization;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Core.Monitoring.Reports;

/// <summary>The tables of a task report, shared by the CSV and XLSX writers (headers Korean first, then English).</summary>
internal static class TaskReportTables
{
    public static IReadOnlyList<ReportTable> Of(TaskReport report) => [Summary(report), Questions(report), Findings(report)];

    private static ReportTable Summary(TaskReport report)
    {
        var s = report.Summary;
        var st = report.Statistics;
        object?[][] rows =
        [
            ["과제 Task", s.Title],
            ["연도 Year", s.Year],
            ["요청 부서 Department", s.Department],
            ["목적 Purpose", s.Purpose],
            ["대상지 Sites", s.Sites],
            ["상태 State", $"{s.StateNameKo} ({s.StateName})"],
            ["현장 활동 기간 Fieldwork", $"{Date(s.FieldworkFrom)} ~ {Date(s.FieldworkTo)}"],
            ["정원 Capacity", s.Capacity],
            ["참여자 Participants", st.Participants],
            ["의견 제출 모니터 Contributors", st.Contributors],
            ["승인된 제출 Approved submissions", st.ApprovedSubmissions],
            .. st.SubmissionsByState.Select(c => new object?[] { $"제출 {c.NameKo} Submissions {c.Name}", c.Count }),
            ["의견 Findings", report.Findings.Count],
            ["작성 시각 Generated", SeoulCalendar.ToSeoul(report.GeneratedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
        ];
        return new ReportTable("과제 요약", ["항목 Item", "값 Value"], rows);
    }

    private static ReportTable Questions(TaskReport report)
    {
        var rows = new List<object?[]>();
        foreach (var q in report.Statistics.Questions)
        {
            rows.Add([q.Key, q.Label, q.KindNameKo, q.Answered, q.Mean, null, null, q.Kind == QuestionKind.Photo ? q.Photos : null]);
            rows.AddRange(q.Distribution.Select(d => new object?[] { q.Key, q.Label, q.KindNameKo, null, null, d.Value.ToString(CultureInfo.InvariantCulture), d.Count, null }));
            rows.AddRange(q.Choices.Select(c => new object?[] { q.Key, q.Label, q.KindNameKo, null, null, c.Choice, c.Count, null }));
        }

        return new ReportTable("문항별 통계", ["문항 키 Key", "문항 Question", "유형 Kind", "응답 수 Answered", "평균 Mean", "값 Value", "건수 Count", "사진 수 Photos"], rows);
    }

    private static ReportTable Findings(TaskReport report)
    {
        var rows = report.Findings.Select(f => new object?[]
        {
            f.Title, f.Summary, f.StateNameKo, f.StateName, f.Progress, f.ExpectedDate is { } e ? Date(e) : null,
            f.RespondBy is { } r ? SeoulCalendar.ToSeoul(r).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            f.Overdue ? "예 Yes" : "아니오 No", f.Response, string.Join("\n", f.Quotes), f.SourceCount,
        }).ToList();
        return new ReportTable("의견", ["제목 Title", "내용 Summary", "상태 State", "State", "진행률 Progress (%)", "예정일 Expected", "회신 기한 Respond by",
            "기한 경과 Overdue", "부서 답변 Response", "인용 Quotes", "근거 제출 수 Sources"], rows);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
