using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;

namespace SeoulMonitor.Host.Demo;

internal sealed partial class DemoMonitoringSeeder
{
    /// <summary>The department of the reported task (its officers see the findings in their inbox).</summary>
    internal const string ReportedTaskDepartment = "보행친화도시과";

    /// <summary>
    /// Task 3: fieldwork done (its close is a few minutes after seeding, the latest the services allow for the
    /// submissions to be accepted), four approved submissions consolidated into two findings sent to the department,
    /// which acknowledged both, reports one in progress and the other reflected; every contributor is told each change.
    /// </summary>
    private async Task<(int Submissions, int Findings)> SeedReportedTaskAsync(IReadOnlyList<Guid> monitors, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var fieldworkOpens = FieldworkStart(now, days: 40);
        var task = await RecruitedInThePastAsync(new CreateTaskRequest(
            Title: "보행자 우선도로 보행 안전 점검",
            Purpose: "보행자 우선도로 지정 구간을 걸으며 불법 주정차, 안내 표지, 노면 표시, 차량 속도를 점검합니다.",
            Department: ReportedTaskDepartment,
            Sites: "종로구·송파구·마포구·은평구 보행자 우선도로 4개 구간",
            Capacity: 5,
            RecruitmentOpensAt: Iso(fieldworkOpens.AddDays(-21))),
            [monitors[0], monitors[4], monitors[6], monitors[7]], fieldworkOpens.AddDays(-7), fieldworkOpens, now.AddMinutes(10), cancellationToken);

        (Guid Monitor, string Site, string Opinion, double Lat, double Lon)[] visits =
        [
            (monitors[0], "종로구 보행자 우선도로 A구간", "횡단보도 앞 불법 주정차 차량 때문에 길을 건너는 어린이가 운전자에게 보이지 않습니다. 단속과 볼라드 설치가 필요합니다.", 37.5729, 126.9794),
            (monitors[4], "송파구 보행자 우선도로 B구간", "교차로 모퉁이에 세워 둔 차량으로 시야가 가려 차량과 보행자가 서로 보지 못합니다.", 37.5145, 127.1059),
            (monitors[6], "마포구 보행자 우선도로 C구간", "보행자 우선도로임을 알리는 표지가 없어 운전자가 속도를 줄이지 않습니다.", 37.5563, 126.9220),
            (monitors[7], "은평구 보행자 우선도로 D구간", "노면 표시가 지워져 보행자 우선 구간인지 알기 어렵습니다. 다시 칠해 주세요.", 37.6027, 126.9291),
        ];
        var ids = new List<Guid>();
        for (var i = 0; i < visits.Length; i++)
        {
            var v = visits[i];
            var at = Capture(fieldworkOpens, now, 0.2 + (0.15 * i));
            var receipt = await SubmitAsync(task, v.Monitor, at, DemoMonitoringForm.Answers(
                2 + (i % 2), 3, i < 2 ? ["보행 안전"] : ["안내 표지", "보행 안전"], v.Site, v.Opinion, v.Lat, v.Lon, at), cancellationToken);
            Require("review approve", await review.ApproveAsync(receipt.Id, Staff, null, cancellationToken));
            ids.Add(receipt.Id);
        }

        Require("close fieldwork", await lifecycle.CloseFieldworkAsync(task.Id, Staff, cancellationToken));
        Require("start consolidation", await lifecycle.StartConsolidationAsync(task.Id, Staff, cancellationToken));
        var parking = await DraftAsync(task.Id, "교차로·횡단보도 주변 불법 주정차로 보행자 시야가 가려집니다",
            "두 구간에서 횡단보도와 교차로 모퉁이의 주정차 차량이 어린이와 보행자를 가린다는 의견이 모였습니다. 주정차 단속과 볼라드 설치를 요청합니다.",
            [(ids[0], visits[0].Opinion), (ids[1], visits[1].Opinion)], cancellationToken);
        var signs = await DraftAsync(task.Id, "보행자 우선도로 안내 표지와 노면 표시가 부족합니다",
            "운전자가 보행자 우선 구간임을 알 수 있도록 안내 표지를 설치하고 지워진 노면 표시를 다시 칠해 달라는 의견입니다.",
            [(ids[2], visits[2].Opinion), (ids[3], null)], cancellationToken);
        Require("send findings", await findings.SendAsync(task.Id, [parking, signs], Staff, cancellationToken));

        var officer = Department(ReportedTaskDepartment);
        Require("acknowledge", await reflection.AcknowledgeAsync(parking, officer, cancellationToken));
        Require("progress", await reflection.ProgressAsync(parking, 40, SeoulCalendar.Today(time).AddDays(60),
            "주정차 단속 구간 지정을 관할 자치구와 협의하고 볼라드 설치 예산을 확보하고 있습니다.", officer, cancellationToken));
        Require("acknowledge", await reflection.AcknowledgeAsync(signs, officer, cancellationToken));
        Require("reflect", await reflection.ReflectAsync(signs,
            "4개 구간에 보행자 우선도로 안내 표지 12개를 설치하고 지워진 노면 표시를 다시 칠했습니다.", officer, cancellationToken));
        return (ids.Count, 2);
    }

    /// <summary>Drafts a finding from <paramref name="sources"/>, quoting those with a quote.</summary>
    private async Task<Guid> DraftAsync(Guid taskId, string title, string summary, (Guid Submission, string? Quote)[] sources, CancellationToken cancellationToken)
    {
        var finding = Require("finding", await findings.DraftAsync(taskId, title, summary, [.. sources.Select(s => s.Submission)], Staff, cancellationToken));
        foreach (var (submission, quote) in sources.Where(s => s.Quote is not null))
        {
            Require("finding quote", await findings.AddQuoteAsync(finding.Id, submission, quote, Staff, cancellationToken));
        }

        return finding.Id;
    }
}
