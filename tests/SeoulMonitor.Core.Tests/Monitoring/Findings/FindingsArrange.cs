using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

/// <summary>
/// Builds tasks, forms, monitors, participations and approved submissions directly through the context (their services
/// are built elsewhere), and drives findings through the services under test.
/// </summary>
internal static class FindingsArrange
{
    public const string DepartmentName = "보행친화도시과";
    public const string DepartmentEmail = "walk@seoul.go.kr";
    public static readonly Actor Staff = Actor.Staff("staff-lee");
    public static readonly Actor Officer = new(ActorKind.Department, DepartmentName);

    public static readonly FormDefinition Form = new()
    {
        Questions =
        [
            new FormQuestion { Key = "safety", Kind = QuestionKind.Rating, Label = "보행 안전", ScaleMin = 1, ScaleMax = 5, Required = true },
            new FormQuestion { Key = "problem", Kind = QuestionKind.SingleChoice, Label = "주요 문제", Choices = ["단차", "불법 주차", "조명"] },
            new FormQuestion { Key = "opinion", Kind = QuestionKind.LongText, Label = "의견", MaxLength = 2000 },
            new FormQuestion { Key = "photo", Kind = QuestionKind.Photo, Label = "사진", MaxPhotos = 3, MaxPhotoBytes = 5_000_000 },
        ],
    };

    public static async Task<T> DbAsync<T>(this CoreTestHost host, Func<SeoulMonitorDbContext, Task<T>> work)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var result = await work(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return result;
    }

    public static Task<Department> AddDepartmentAsync(this CoreTestHost host, string name = DepartmentName, string? email = DepartmentEmail) =>
        host.DbAsync(db =>
        {
            var department = new Department { Id = Guid.NewGuid(), Name = name, ContactEmail = email, CreatedAt = host.Time.GetUtcNow(), UpdatedAt = host.Time.GetUtcNow() };
            db.Add(department);
            return Task.FromResult(department);
        });

    public static Task<MonitoringTask> AddTaskAsync(
        this CoreTestHost host, MonitoringTaskState state = MonitoringTaskState.Consolidating, string department = DepartmentName, params FormDefinition[] forms) =>
        host.DbAsync(db =>
        {
            var now = host.Time.GetUtcNow();
            var task = new MonitoringTask
            {
                Id = Guid.NewGuid(), Year = 2026, Title = "보행 환경 모니터링", Purpose = "보도 안전 점검", Department = department, Sites = "종로구 일대",
                Capacity = 50, RecruitmentOpensAt = now.AddDays(-60), RecruitmentClosesAt = now.AddDays(-50), FieldworkOpensAt = now.AddDays(-40),
                FieldworkClosesAt = now.AddDays(-10), State = state, CurrentFormVersion = Math.Max(1, forms.Length), CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            db.Add(task);
            var versions = forms.Length == 0 ? [Form] : forms;
            for (var i = 0; i < versions.Length; i++)
            {
                db.Add(new TaskFormVersion { Id = Guid.NewGuid(), TaskId = task.Id, Number = i + 1, Definition = FormJson.Serialize(versions[i]), CreatedAt = now, CreatedBy = "staff:test" });
            }

            return Task.FromResult(task);
        });

    /// <summary>An active monitor with a distinctive name, e-mail and mobile.</summary>
    public static Task<Membership> AddPersonAsync(this CoreTestHost host, string name, string? email = null, MembershipState state = MembershipState.Active) =>
        host.DbAsync(db =>
        {
            var now = host.Time.GetUtcNow();
            var m = new Membership
            {
                Id = Guid.NewGuid(), ApplicationId = Guid.NewGuid(), State = state, TermEndsOn = DateOnly.FromDateTime(now.UtcDateTime).AddYears(1), JoinedAt = now,
                Name = name, Email = email ?? $"m{Guid.NewGuid():N}@example.kr", Mobile = "01098765432", ProvinceCode = "11", District = "종로구",
                BirthDate = new DateOnly(1980, 1, 1), UpdatedAt = now, Version = Guid.NewGuid(),
            };
            db.Add(m);
            return Task.FromResult(m);
        });

    /// <summary>A submission of <paramref name="monitorId"/> to the task (Approved by default), with optional photos.</summary>
    public static Task<FieldSubmission> AddSubmissionAsync(
        this CoreTestHost host, Guid taskId, Guid monitorId, string answers, SubmissionState state = SubmissionState.Approved, int version = 1, int photos = 0) =>
        host.DbAsync(async db =>
        {
            var now = host.Time.GetUtcNow();
            var participation = await db.Set<Participation>().SingleOrDefaultAsync(p => p.TaskId == taskId && p.MonitorId == monitorId);
            if (participation is null)
            {
                participation = new Participation
                {
                    Id = Guid.NewGuid(), TaskId = taskId, MonitorId = monitorId, State = ParticipationState.Selected, Sequence = 1, AppliedAt = now,
                    SelectedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
                };
                db.Add(participation);
            }

            var submission = new FieldSubmission
            {
                Id = Guid.NewGuid(), ClientId = Guid.NewGuid(), TaskId = taskId, ParticipationId = participation.Id, MonitorId = monitorId, FormVersion = version,
                Answers = answers, CapturedAt = now, ReceivedAt = now, State = state, Revision = 1, Version = Guid.NewGuid(),
            };
            db.Add(submission);
            for (var i = 0; i < photos; i++)
            {
                db.Add(new SubmissionPhoto
                {
                    Id = Guid.NewGuid(), SubmissionId = submission.Id, QuestionKey = "photo", ContentType = "image/jpeg", Length = 1000 + i,
                    Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), StorageKey = $"k/{Guid.NewGuid():N}", CreatedAt = now,
                });
            }

            return submission;
        });

    public static Task<Result<T>> FindingsAsync<T>(this CoreTestHost host, Func<FindingService, CancellationToken, Task<Result<T>>> work) => host.RunAsync(work);

    public static Task<Result<DepartmentFindingView>> ReflectAsync(
        this CoreTestHost host, Func<ReflectionService, CancellationToken, Task<Result<DepartmentFindingView>>> work) => host.RunAsync(work);

    /// <summary>A task with a registered department, one monitor and one approved submission, and a draft finding of it.</summary>
    public static async Task<(MonitoringTask Task, FindingView Finding, Membership Monitor)> DraftAsync(this CoreTestHost host, bool department = true)
    {
        if (department && !await host.QueryAsync(db => db.Set<Department>().AnyAsync(d => d.Name == DepartmentName)))
        {
            await host.AddDepartmentAsync();
        }

        var task = await host.AddTaskAsync();
        var monitor = await host.AddPersonAsync("홍길동");
        var submission = await host.AddSubmissionAsync(task.Id, monitor.Id, """{"safety":4,"problem":"단차","opinion":"보도 턱이 높습니다"}""");
        var finding = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "보도 턱 낮추기", "보도 턱이 높아 휠체어 통행이 어렵다는 의견", [submission.Id], Staff, ct));
        Assert.True(finding.IsSuccess, finding.Error?.Code);
        return (task, finding.Value, monitor);
    }

    public static async Task SendAsync(this CoreTestHost host, Guid taskId, params Guid[] findingIds)
    {
        var sent = await host.FindingsAsync<IReadOnlyList<FindingView>>((s, ct) => s.SendAsync(taskId, findingIds, Staff, ct));
        Assert.True(sent.IsSuccess, sent.Error?.Code);
    }

    public static Task<List<OutboxMessage>> OutboxAsync(this CoreTestHost host, string? kind = null) =>
        host.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => kind == null || m.Kind == kind).OrderBy(m => m.Id).ToListAsync());

    /// <summary>Puts a finding straight into a state (for the transition matrix), as if it had been sent.</summary>
    public static Task ForceStateAsync(this CoreTestHost host, Guid findingId, FindingState state) =>
        host.DbAsync(async db =>
        {
            var f = await db.Set<Finding>().SingleAsync(x => x.Id == findingId);
            f.State = state;
            if (state != FindingState.Draft)
            {
                f.SentAt = host.Time.GetUtcNow();
                f.RespondBy = host.Time.GetUtcNow().AddDays(30);
            }

            return f;
        });
}
