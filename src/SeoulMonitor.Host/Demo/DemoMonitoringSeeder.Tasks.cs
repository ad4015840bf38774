using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;

namespace SeoulMonitor.Host.Demo;

/// <summary>
/// The three live tasks. The services take any windows at setup but accept applications only inside the recruitment
/// window and submissions only inside the fieldwork window, and windows can be edited only while recruiting. So the
/// tasks in fieldwork and reported are created with their recruitment open around now, monitors apply, their windows
/// are then moved into the past (recruitment closed, fieldwork opened days ago — never before 1 January of this year,
/// so they count in this year's statistics) and the tasks move through their states in order.
/// </summary>
internal sealed partial class DemoMonitoringSeeder
{
    /// <summary>Task 1: a first-come-first-served task recruiting now, with a published form and three applicants.</summary>
    private async Task SeedRecruitingTaskAsync(IReadOnlyList<Guid> monitors, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var task = Require("recruiting task", await setup.CreateAsync(new CreateTaskRequest(
            Title: "공원 편의시설 이용 만족도 모니터링",
            Purpose: "공원의 화장실, 그늘막, 음수대, 안내 표지를 시민이 직접 이용해 보고 개선이 필요한 곳을 찾습니다.",
            Department: "공원여가정책과",
            Sites: "서울숲, 보라매공원, 월드컵공원, 북서울꿈의숲, 어린이대공원, 양재시민의숲",
            Capacity: 20,
            SelectionMethod: nameof(SelectionMethod.FirstComeFirstServed),
            RecruitmentOpensAt: Iso(now.AddDays(-2)),
            RecruitmentClosesAt: Iso(now.AddDays(12)),
            FieldworkOpensAt: Iso(now.AddDays(14)),
            FieldworkClosesAt: Iso(now.AddDays(42))), Staff, cancellationToken));
        await PublishAndOpenAsync(task.Id, cancellationToken);
        await ApplyAsync(task.Id, [monitors[0], monitors[1], monitors[2]], cancellationToken);
    }

    /// <summary>Task 2: in fieldwork; four monitors selected; submissions approved, returned with a reason, and received.</summary>
    private async Task<IReadOnlyList<SubmissionReceipt>> SeedFieldworkTaskAsync(IReadOnlyList<Guid> monitors, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var fieldworkOpens = FieldworkStart(now, days: 10);
        var task = await RecruitedInThePastAsync(new CreateTaskRequest(
            Title: "민원실 방문 서비스 품질 점검",
            Purpose: "시민이 민원인으로 민원실을 방문해 안내, 대기, 응대, 편의시설을 점검하고 서비스 개선 의견을 냅니다.",
            Department: "시민봉사담당관",
            Sites: "서울시청 본관 민원실, 서소문청사 민원실, 자치구 민원실 5곳",
            Capacity: 6,
            RecruitmentOpensAt: Iso(fieldworkOpens.AddDays(-14))),
            [monitors[3], monitors[5], monitors[8], monitors[9]], fieldworkOpens.AddDays(-3), fieldworkOpens, now.AddDays(21), cancellationToken);

        var approved = await SubmitAsync(task, monitors[3], Capture(fieldworkOpens, now, 0.3), DemoMonitoringForm.Answers(
            4, 1, ["편의시설"], "서울시청 본관 민원실",
            "번호표 안내가 잘 되어 있고 직원 응대가 친절했습니다. 다만 대기석 옆 휴대폰 충전기가 고장 나 있었습니다.",
            37.5663, 126.9779, Capture(fieldworkOpens, now, 0.3)), cancellationToken);
        Require("review approve", await review.ApproveAsync(approved.Id, Staff, "구체적인 의견 감사합니다.", cancellationToken));

        var returned = await SubmitAsync(task, monitors[5], Capture(fieldworkOpens, now, 0.5), DemoMonitoringForm.Answers(
            2, 3, ["안내 표지", "직원 응대"], "민원실",
            "불편했습니다.",
            37.5642, 126.9751, Capture(fieldworkOpens, now, 0.5)), cancellationToken);
        Require("review return", await review.ReturnAsync(returned.Id, Staff,
            "어느 민원실인지와 무엇이 불편했는지 구체적으로 적어 다시 제출해 주세요. (Please name the office and describe what was inconvenient.)", cancellationToken));

        var received = await SubmitAsync(task, monitors[8], Capture(fieldworkOpens, now, 0.8), DemoMonitoringForm.Answers(
            3, 2, ["안내 표지"], "서소문청사 민원실",
            "1층 입구에서 민원실로 가는 안내 표지가 작아 처음 온 시민은 찾기 어렵습니다. 바닥 유도선을 제안합니다.",
            37.5637, 126.9741, Capture(fieldworkOpens, now, 0.8)), cancellationToken);
        return [approved, returned, received];
    }

    /// <summary>
    /// Creates a task whose recruitment is open now, publishes its form, opens recruitment and lets <paramref name="applicants"/>
    /// apply (selected on arrival), then moves its windows into the past, closes recruitment and opens fieldwork.
    /// </summary>
    private async Task<TaskView> RecruitedInThePastAsync(
        CreateTaskRequest request, IReadOnlyList<Guid> applicants, DateTimeOffset recruitmentCloses, DateTimeOffset fieldworkOpens,
        DateTimeOffset fieldworkCloses, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var task = Require("task", await setup.CreateAsync(request with
        {
            SelectionMethod = nameof(SelectionMethod.FirstComeFirstServed),
            RecruitmentClosesAt = Iso(now.AddHours(1)),
            FieldworkOpensAt = Iso(now.AddHours(1)),
            FieldworkClosesAt = Iso(now.AddHours(2)),
        }, Staff, cancellationToken));
        await PublishAndOpenAsync(task.Id, cancellationToken);
        await ApplyAsync(task.Id, applicants, cancellationToken);
        Require("task windows", await setup.UpdateAsync(task.Id, new UpdateTaskRequest(
            RecruitmentClosesAt: Iso(recruitmentCloses), FieldworkOpensAt: Iso(fieldworkOpens), FieldworkClosesAt: Iso(fieldworkCloses)), Staff, cancellationToken));
        Require("close recruitment", await recruitment.CloseRecruitmentAsync(task.Id, Staff, cancellationToken));
        return Require("open fieldwork", await lifecycle.OpenFieldworkAsync(task.Id, Staff, cancellationToken));
    }

    private async Task PublishAndOpenAsync(Guid taskId, CancellationToken cancellationToken)
    {
        Require("form", await forms.PublishAsync(taskId, DemoMonitoringForm.SiteCheck, Staff, cancellationToken));
        Require("open recruitment", await lifecycle.OpenRecruitmentAsync(taskId, Staff, cancellationToken));
    }

    private async Task ApplyAsync(Guid taskId, IReadOnlyList<Guid> applicants, CancellationToken cancellationToken)
    {
        foreach (var monitor in applicants)
        {
            Require("application", await recruitment.ApplyAsync(taskId, monitor, cancellationToken));
        }
    }

    private async Task<SubmissionReceipt> SubmitAsync(
        TaskView task, Guid monitor, DateTimeOffset capturedAt, System.Text.Json.JsonElement answers, CancellationToken cancellationToken)
    {
        var location = answers.GetProperty("location");
        return Require("submission", await submissions.SubmitAsync(monitor, task.Id, new SubmissionDraft
        {
            ClientId = Guid.NewGuid(),
            FormVersion = task.CurrentFormVersion,
            Answers = answers,
            CapturedAt = capturedAt,
            Latitude = location.GetProperty("latitude").GetDouble(),
            Longitude = location.GetProperty("longitude").GetDouble(),
            AccuracyMeters = location.GetProperty("accuracy").GetDouble(),
        }, cancellationToken));
    }

    /// <summary><paramref name="days"/> days before now, but not before the start of this Seoul year.</summary>
    private static DateTimeOffset FieldworkStart(DateTimeOffset now, int days)
    {
        var yearStart = SeoulCalendar.StartOf(new DateOnly(SeoulCalendar.DateAt(now).Year, 1, 1));
        var start = now.AddDays(-days);
        return start < yearStart ? yearStart : start;
    }

    /// <summary>An instant <paramref name="fraction"/> of the way from <paramref name="from"/> to <paramref name="to"/>, to the minute.</summary>
    private static DateTimeOffset Capture(DateTimeOffset from, DateTimeOffset to, double fraction)
    {
        var instant = from + ((to - from) * fraction);
        var minute = instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMinute));
        return minute < from ? from : minute;
    }
}
