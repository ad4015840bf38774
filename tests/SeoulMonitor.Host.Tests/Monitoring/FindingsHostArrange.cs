using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>A monitor seeded with distinctive personal data, and the submissions that carry some of it.</summary>
public sealed record SeededPerson(Guid Id, string Name, string Email, string Mobile, string Address, IReadOnlyList<Guid> Submissions);

/// <summary>
/// Seeds a task ready for consolidation directly through the host's context (tasks, forms, participations and
/// submissions are built by other features): a registered department, a form, monitors with distinctive names,
/// e-mails, mobiles and home addresses, and approved submissions whose answers repeat some of them.
/// </summary>
internal static class FindingsHostArrange
{
    public const string Department = "보행친화도시과";
    public const string DepartmentEmail = "walk@seoul.go.kr";

    private static readonly FormDefinition Form = new()
    {
        Questions =
        [
            new FormQuestion { Key = "safety", Kind = QuestionKind.Rating, Label = "보행 안전", ScaleMin = 1, ScaleMax = 5, Required = true },
            new FormQuestion { Key = "problem", Kind = QuestionKind.SingleChoice, Label = "주요 문제", Choices = ["단차", "불법 주차", "조명"] },
            new FormQuestion { Key = "opinion", Kind = QuestionKind.LongText, Label = "의견", MaxLength = 2000 },
            new FormQuestion { Key = "when", Kind = QuestionKind.DateTime, Label = "점검 일시" },
        ],
    };

    public static async Task<(Guid TaskId, IReadOnlyList<SeededPerson> People)> SeedAsync(
        SeoulMonitorApplication app, string department = Department, string? contactEmail = DepartmentEmail, string batch = "")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = app.Time.GetUtcNow();
        if (!db.Set<Department>().Any(d => d.Name == department))
        {
            db.Add(new Department { Id = Guid.NewGuid(), Name = department, ContactEmail = contactEmail, CreatedAt = now, UpdatedAt = now });
        }

        var task = new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = "보행 환경 모니터링", Purpose = "보도 안전 점검", Department = department, Sites = "종로구 일대", Capacity = 30,
            RecruitmentOpensAt = now.AddDays(-60), RecruitmentClosesAt = now.AddDays(-50), FieldworkOpensAt = now.AddDays(-40), FieldworkClosesAt = now.AddDays(-10),
            State = MonitoringTaskState.Consolidating, CurrentFormVersion = 1, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        db.Add(task);
        db.Add(new TaskFormVersion { Id = Guid.NewGuid(), TaskId = task.Id, Number = 1, Definition = FormJson.Serialize(Form), CreatedAt = now, CreatedBy = "staff:seed" });
        var people = new List<SeededPerson>();
        string[][] seeds =
        [
            ["독고영재", "dokgo.youngjae.1977@example.kr", "010-3141-5926", "서울특별시 종로구 율곡로 99 청운아파트 302동 1104호"],
            ["선우은숙", "sunwoo.eunsook@example.kr", "010-2718-2818", "서울특별시 마포구 월드컵북로 400 상암빌라 B동 201호"],
            ["황보관", "hwangbo.kwan@example.kr", "010-1618-0339", "서울특별시 강남구 테헤란로 521 삼성하이츠 7층 702호"],
        ];
        for (var i = 0; i < seeds.Length; i++)
        {
            var (name, email, mobile, address) = (seeds[i][0] + batch, batch + seeds[i][1], seeds[i][2], seeds[i][3]);
            var monitor = new Membership
            {
                Id = Guid.NewGuid(), ApplicationId = Guid.NewGuid(), State = MembershipState.Active, TermEndsOn = DateOnly.FromDateTime(now.UtcDateTime).AddYears(1),
                JoinedAt = now, Name = name, Email = email, Mobile = mobile.Replace("-", "", StringComparison.Ordinal), ProvinceCode = "11", District = "종로구",
                BirthDate = new DateOnly(1977, 5, 5), UpdatedAt = now, Version = Guid.NewGuid(),
            };
            var participation = new Participation
            {
                Id = Guid.NewGuid(), TaskId = task.Id, MonitorId = monitor.Id, State = ParticipationState.Selected, Sequence = i + 1, AppliedAt = now,
                SelectedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            db.AddRange(monitor, participation);
            var submissions = new List<Guid>();
            for (var k = 0; k < 2; k++)
            {
                var answers = $$"""{"safety":{{3 + k}},"problem":"단차","opinion":"저는 {{name}}입니다. 집({{address}}) 앞 보도 턱이 높아요. 연락 {{mobile}}, {{email}}","when":"2026-02-10T10:00:00+09:00"}""";
                var submission = new FieldSubmission
                {
                    Id = Guid.NewGuid(), ClientId = Guid.NewGuid(), TaskId = task.Id, ParticipationId = participation.Id, MonitorId = monitor.Id, FormVersion = 1,
                    Answers = answers, CapturedAt = now, ReceivedAt = now, Latitude = 37.57, Longitude = 126.98, AccuracyMeters = 8, State = SubmissionState.Approved,
                    Revision = 1, Version = Guid.NewGuid(),
                };
                db.Add(submission);
                submissions.Add(submission.Id);
            }

            people.Add(new SeededPerson(monitor.Id, name, email, mobile, address, submissions));
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (task.Id, people);
    }

    /// <summary>Stores a photo of a seeded submission (file and row), as if it had been uploaded with it; returns the photo's id.</summary>
    public static async Task<Guid> AddStoredPhotoAsync(this SeoulMonitorApplication app, Guid submissionId, byte[] content)
    {
        var sha256 = FeedbackLoopApi.Sha256(content);
        await using var scope = app.Services.CreateAsyncScope();
        using (var stream = new MemoryStream(content))
        {
            await scope.ServiceProvider.GetRequiredService<IFileStore>().PutAsync(FileKeys.Photo(sha256), stream, TestContext.Current.CancellationToken);
        }

        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var photo = new SubmissionPhoto
        {
            Id = Guid.NewGuid(), SubmissionId = submissionId, QuestionKey = "photo", ContentType = PhotoContent.Detect(content)!, Length = content.Length,
            Sha256 = sha256, StorageKey = FileKeys.Photo(sha256), CreatedAt = app.Time.GetUtcNow(),
        };
        db.Add(photo);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return photo.Id;
    }
}
