using System.Globalization;
using System.Text;
using SeoulMonitor.Core.Audiences.Imports;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitoring.History;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Training;
using SeoulMonitor.Host.Diagnostics;

namespace SeoulMonitor.Host.Demo;

/// <summary>
/// Seeds sample monitors, communities, training sessions and newsletter subscribers (a staff import with recorded
/// consents) into an empty database, through the domain services (so every record has its audit trail). Runs only when <c>SeoulMonitor:Demo:Enabled</c> is true.
/// The program's 2013–2014 monitoring tasks are imported too (closed, historical), and the live feedback loop is
/// seeded by <see cref="DemoMonitoringSeeder"/>, then the incentives loop by <see cref="DemoIncentivesSeeder"/>.
/// </summary>
internal sealed class DemoDataSeeder(
    ConsentNoticeService notices,
    ApplicationService applications,
    CommunityService communities,
    CommunityMembershipService communityMembers,
    TrainingService training,
    TrainingRegistrationService registrations,
    SubscriberImportService imports,
    HistoricalTaskImporter history,
    DemoMonitoringSeeder monitoring,
    DemoIncentivesSeeder incentives,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    private static readonly Actor Staff = Actor.Staff("demo-staff");

    /// <summary>Seeds when the database holds no consent notice yet.</summary>
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if ((await notices.GetCurrentAsync(cancellationToken)).IsSuccess)
        {
            logger.DemoDataSkipped();
            return;
        }

        var notice = Require("consent notice", await notices.PublishAsync(Staff, new ConsentNoticeDraft(
            "2026-1",
            "서울시민모니터 선발·운영 및 활동 안내 (selection and operation of the Citizen Monitor program)",
            "성명, 생년월일, 이메일, 휴대전화번호, 거주 시·군·구 (name, birth date, e-mail, mobile, district of residence)",
            "활동 종료 후 2년 (two years after the end of membership)",
            "동의를 거부할 권리가 있습니다 (you may refuse consent)",
            "동의하지 않으면 시민모니터로 선발될 수 없습니다 (without consent you cannot be selected as a monitor)"), cancellationToken));

        var monitorIds = new List<Guid>();
        var pending = 0;
        for (var i = 0; i < DemoPeople.All.Count; i++)
        {
            var (name, birth, province, district) = DemoPeople.All[i];
            var receipt = Require("application", await applications.SubmitAsync(
                new ApplicationForm(name, birth, DemoPeople.Email(i), DemoPeople.Mobile(i), province, district, notice.Id.ToString(), true),
                new ConsentEvidence("127.0.0.1", "SeoulMonitor demo seeder"),
                cancellationToken));
            if (i >= DemoPeople.All.Count - 2)
            {
                pending++;
                continue;
            }

            Require("approval", await applications.ApproveAsync(Staff, receipt.Application.Id, cancellationToken));
            monitorIds.Add(await MembershipIdOfAsync(receipt.Application.Id, cancellationToken));
        }

        var communityCount = await SeedCommunitiesAsync(monitorIds, cancellationToken);
        var sessionCount = await SeedTrainingAsync(monitorIds, cancellationToken);
        var subscribers = await SeedSubscribersAsync(cancellationToken);
        Require("historical tasks", await history.ImportEmbeddedAsync(Staff, cancellationToken));
        await monitoring.SeedAsync(monitorIds, cancellationToken);
        await incentives.SeedAsync(monitorIds, cancellationToken);
        logger.DemoDataSeeded(monitorIds.Count, pending, communityCount, sessionCount, subscribers);
    }

    /// <summary>Eight subscribers with consents recorded by a demo import (evidence: the demo), on three lists.</summary>
    private async Task<int> SeedSubscribersAsync(CancellationToken cancellationToken)
    {
        var consentedAt = time.GetUtcNow().AddDays(-30).ToString("O", CultureInfo.InvariantCulture);
        var csv = new StringBuilder("email,mobile,province,district,lists,channel,consented_at,evidence,trait:interest\n");
        string[] districts = ["종로구", "마포구", "강남구", "노원구"];
        string[] interests = ["culture", "safety", "history", "environment"];
        for (var i = 0; i < 8; i++)
        {
            var lists = i % 2 == 0 ? "seoul-sibo;sema-news" : "seoul-sibo;fire-11-jongno-gu";
            csv.Append(CultureInfo.InvariantCulture, $"reader{i + 1}@example.com,0109000{i + 1:0000},11,{districts[i % 4]},{lists},email,{consentedAt},demo-form-{i + 1},{interests[i % 4]}\n");
        }

        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        var run = Require("subscriber import", await imports.ImportAsync(Staff, "demo-subscribers.csv", content, cancellationToken));
        return run.RowsLoaded;
    }

    private async Task<int> SeedCommunitiesAsync(List<Guid> monitors, CancellationToken cancellationToken)
    {
        (string Name, string Description, string Focus, int Leader, int[] Members)[] seeds =
        [
            ("서울둘레길 걷기 모임", "서울둘레길 구간을 함께 걸으며 안내 표지와 편의시설을 점검합니다.", "Transport", 0, [1, 2, 3]),
            ("안전한 골목 지킴이", "주거지 골목의 조명, 보행 안전, 재난 대비 시설을 살핍니다.", "Safety", 4, [5, 6]),
        ];
        foreach (var seed in seeds)
        {
            var community = Require("community", await communities.FoundAsync(
                monitors[seed.Leader], new FoundCommunityRequest(seed.Name, seed.Description, seed.Focus), cancellationToken));
            Require("community approval", await communities.ApproveAsync(community.Id, Staff, cancellationToken));
            var leader = Actor.Monitor(monitors[seed.Leader]);
            foreach (var member in seed.Members)
            {
                Require("join request", await communityMembers.RequestToJoinAsync(community.Id, monitors[member], cancellationToken));
                Require("join acceptance", await communityMembers.AcceptRequestAsync(community.Id, monitors[member], leader, cancellationToken));
            }
        }

        return seeds.Length;
    }

    private async Task<int> SeedTrainingAsync(List<Guid> monitors, CancellationToken cancellationToken)
    {
        var today = SeoulCalendar.Today(time);
        (string Title, string Location, int DaysAhead, int Capacity)[] seeds =
        [
            ("신규 시민모니터 기본교육", "서울시청 다목적홀", 7, 40),
            ("현장 모니터링 사진·위치 기록 실습", "서울시민청 워크숍룸", 14, 20),
            ("개인정보 보호와 현장 의견 작성법", "온라인(화상)", 21, 100),
        ];
        var first = true;
        foreach (var seed in seeds)
        {
            var starts = SeoulCalendar.StartOf(today.AddDays(seed.DaysAhead)).AddHours(14);
            var session = Require("training session", await training.ScheduleAsync(new ScheduleSessionRequest(
                seed.Title, $"{seed.Title} (demo)", seed.Location,
                starts.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                starts.AddHours(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                seed.Capacity, null), Staff, cancellationToken));
            if (first)
            {
                foreach (var monitor in monitors.Take(6))
                {
                    Require("training registration", await registrations.RegisterAsync(session.Id, monitor, cancellationToken));
                }

                first = false;
            }
        }

        return seeds.Length;
    }

    private async Task<Guid> MembershipIdOfAsync(Guid applicationId, CancellationToken cancellationToken) =>
        Require("membership", await applications.GetAsync(applicationId, cancellationToken)).MembershipId
            ?? throw new InvalidOperationException("An approved demo application has no membership.");

    private T Require<T>(string step, Result<T> result)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        logger.DemoStepRefused(step, result.Error.Code);
        throw new InvalidOperationException($"Demo data step '{step}' was refused: {result.Error.Code} ({result.Error.Message}).");
    }
}
