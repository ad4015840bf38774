using System.Globalization;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Host.Diagnostics;

namespace SeoulMonitor.Host.Demo;

/// <summary>
/// Seeds the feedback loop of the monitoring tasks through the domain services (every record audited, every notice
/// queued in the outbox as in real use): departments with notices addresses, next year's demand-survey round with two
/// department demands (one selected, one returned for information) and a community proposal, and three live tasks —
/// recruiting, in fieldwork with reviewed submissions, and reported to its department with answered findings. Windows
/// are relative to the host's clock. A refused step is logged and ends this part of the demo without failing the start.
/// </summary>
internal sealed partial class DemoMonitoringSeeder(
    DepartmentService departments,
    DemandRoundService rounds,
    DemandService demands,
    DemandScreeningService screening,
    CommunityService communities,
    TaskSetupService setup,
    TaskFormService forms,
    TaskLifecycleService lifecycle,
    RecruitmentService recruitment,
    SubmissionService submissions,
    ReviewService review,
    FindingService findings,
    ReflectionService reflection,
    TimeProvider time,
    ILogger<DemoMonitoringSeeder> logger)
{
    private static readonly Actor Staff = Actor.Staff("demo-staff");

    /// <summary>The demo departments and their notices addresses (reserved example.com domain).</summary>
    internal static readonly IReadOnlyList<(string Name, string ContactEmail)> Departments =
    [
        ("시민봉사담당관", "civil-service@example.com"),
        ("보행친화도시과", "walkable-city@example.com"),
        ("120다산콜재단", "dasan120@example.com"),
        ("공원여가정책과", "parks-leisure@example.com"),
        ("안전총괄과", "city-safety@example.com"),
    ];

    /// <summary>
    /// Seeds the monitoring demo for the approved demo monitors (in <see cref="DemoPeople"/> order; at least ten).
    /// A refused step is logged and ends the monitoring demo there (each step is its own unit of work).
    /// </summary>
    public async Task SeedAsync(IReadOnlyList<Guid> monitors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(monitors);
        try
        {
            await SeedDepartmentsAsync(cancellationToken);
            var demandCount = await SeedDemandsAsync(cancellationToken);
            await SeedRecruitingTaskAsync(monitors, cancellationToken);
            var submitted = await SeedFieldworkTaskAsync(monitors, cancellationToken);
            var sent = await SeedReportedTaskAsync(monitors, cancellationToken);
            logger.DemoMonitoringSeeded(Departments.Count, demandCount, 3, submitted.Count + sent.Submissions, sent.Findings);
        }
        catch (DemoStepRefusedException e)
        {
            logger.DemoMonitoringIncomplete(e.Step, e.Code);
        }
    }

    private async Task SeedDepartmentsAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, email) in Departments)
        {
            // The historical import registers its requesting departments without an address: give them one.
            var existing = await departments.GetByNameAsync(name, cancellationToken);
            _ = existing.IsSuccess
                ? Require("department contact", await departments.ChangeContactAsync(existing.Value.Id, email, Staff, cancellationToken))
                : Require("department", await departments.RegisterAsync(new RegisterDepartmentRequest(name, email), Staff, cancellationToken));
        }
    }

    /// <summary>Next year's survey round: two department demands (selected; returned for information) and a community proposal.</summary>
    private async Task<int> SeedDemandsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var year = SeoulCalendar.Today(time).Year + 1;
        var round = Require("demand round", await rounds.CreateAsync(new CreateDemandRoundRequest(
            year, $"{year}년 시민모니터링 과제 수요조사 ({year} monitoring demand survey)", Iso(now.AddDays(-7)), Iso(now.AddDays(30))), Staff, cancellationToken));

        var walkable = Require("department demand", await demands.SubmitAsync(new SubmitDemandRequest(
            "어린이보호구역 통학로 보행환경 모니터링",
            "초등학교 통학로의 보도 폭, 불법 주정차, 횡단보도 신호 시간을 시민의 눈으로 점검해 개선 우선순위를 정합니다.",
            "25개 자치구 어린이보호구역 중 50곳",
            Date(year, 4, 1), Date(year, 5, 31), 30, "보행 안전 기본교육 이수자 우대", SurveyRoundId: round.Id),
            Department("보행친화도시과"), cancellationToken));
        Require("demand selection", await screening.SelectAsync(walkable.Id, Staff, cancellationToken));

        var dasan = Require("department demand", await demands.SubmitAsync(new SubmitDemandRequest(
            "120다산콜 상담 품질 시민 평가",
            "시민이 직접 120다산콜에 문의하고 응대의 정확성, 친절도, 대기 시간을 평가합니다.",
            "120다산콜재단 상담 채널(전화, 문자, 채팅)",
            Date(year, 6, 1), Date(year, 6, 30), 20, null, SurveyRoundId: round.Id),
            Department("120다산콜재단"), cancellationToken));
        Require("demand return", await screening.ReturnForInfoAsync(dasan.Id,
            "평가할 상담 유형과 채널별 문의 건수를 알려 주세요. (Please state the enquiry types to assess and the number of enquiries per channel.)",
            Staff, cancellationToken));

        var community = (await communities.ListAsync(CommunityState.Active, cancellationToken))
            .FirstOrDefault(c => c.Name == "안전한 골목 지킴이" && c.LeaderId is not null)
            ?? throw new DemoStepRefusedException("community proposal", "demo.community_missing");
        Require("community proposal", await demands.SubmitAsync(new SubmitDemandRequest(
            "주거지 골목길 야간 조명 점검",
            "어두운 골목의 가로등 고장과 사각지대를 주민 모니터가 함께 찾아 안전한 귀갓길을 만듭니다.",
            "은평구·노원구 주거지 골목 20곳",
            Date(year, 9, 1), Date(year, 10, 31), 12, null, Department: "안전총괄과", CommunityId: community.Id),
            Actor.Monitor(community.LeaderId!.Value), cancellationToken));
        return 3;
    }

    private static Actor Department(string name) => new(ActorKind.Department, name);

    private static string Iso(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    private static string Date(int year, int month, int day) => new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private T Require<T>(string step, Result<T> result)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        logger.DemoStepRefused(step, result.Error.Code);
        throw new DemoStepRefusedException(step, result.Error.Code);
    }
}
