using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

/// <summary>
/// Builds tasks, form versions, monitors and participations directly through the context (their services are built
/// elsewhere), and runs the submission services.
/// </summary>
internal static class SubmissionArrange
{
    public static readonly Actor Staff = Actor.Staff("staff-park");

    /// <summary>The questions of form version 2 (version 1 lacks <c>issues</c>).</summary>
    public static FormDefinition StandardForm(bool withIssues = true) => new()
    {
        Questions =
        [
            new FormQuestion { Key = "cleanliness", Kind = QuestionKind.Rating, Label = "청결도", Required = true, ScaleMin = 1, ScaleMax = 5 },
            new FormQuestion { Key = "facility", Kind = QuestionKind.SingleChoice, Label = "시설 상태", Choices = ["양호", "보통", "불량"] },
            .. withIssues ? [new FormQuestion { Key = "issues", Kind = QuestionKind.MultipleChoice, Label = "문제 유형", Choices = ["파손", "낙서", "조명"] }] : Array.Empty<FormQuestion>(),
            new FormQuestion { Key = "title", Kind = QuestionKind.ShortText, Label = "한 줄 요약", MaxLength = 20 },
            new FormQuestion { Key = "comment", Kind = QuestionKind.LongText, Label = "의견", MaxLength = 100 },
            new FormQuestion { Key = "spot", Kind = QuestionKind.Location, Label = "위치" },
            new FormQuestion { Key = "visited", Kind = QuestionKind.DateTime, Label = "방문 일시" },
            new FormQuestion { Key = "photo", Kind = QuestionKind.Photo, Label = "현장 사진", MaxPhotos = 2, MaxPhotoBytes = 1000 },
        ],
    };

    /// <summary>A task in fieldwork (opened a day ago, closing in a week) with form versions 1 and 2 (current).</summary>
    public static async Task<MonitoringTask> AddTaskAsync(
        this CoreTestHost host, MonitoringTaskState state = MonitoringTaskState.FieldworkOpen, FormDefinition? form = null,
        TimeSpan? opensIn = null, TimeSpan? closesIn = null)
    {
        var now = host.Time.GetUtcNow();
        var task = new MonitoringTask
        {
            Id = Guid.NewGuid(),
            Year = 2026,
            Title = "버스정류장 안내시설 점검",
            Purpose = "시민 불편 사항 파악",
            Department = "교통정책과",
            Sites = "종로구 일대 정류장",
            Capacity = 50,
            RecruitmentOpensAt = now.AddDays(-30),
            RecruitmentClosesAt = now.AddDays(-10),
            FieldworkOpensAt = now + (opensIn ?? TimeSpan.FromDays(-1)),
            FieldworkClosesAt = now + (closesIn ?? TimeSpan.FromDays(7)),
            State = state,
            CurrentFormVersion = 2,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        await host.QueryAsync(async db =>
        {
            db.Add(task);
            db.Add(new TaskFormVersion { Id = Guid.NewGuid(), TaskId = task.Id, Number = 1, Definition = FormJson.Serialize(form ?? StandardForm(withIssues: false)), CreatedAt = now, CreatedBy = "staff" });
            db.Add(new TaskFormVersion { Id = Guid.NewGuid(), TaskId = task.Id, Number = 2, Definition = FormJson.Serialize(form ?? StandardForm()), CreatedAt = now, CreatedBy = "staff" });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return task;
    }

    /// <summary>An active monitor with an e-mail address and a participation of <paramref name="state"/> in <paramref name="taskId"/>.</summary>
    public static async Task<Guid> AddParticipantAsync(this CoreTestHost host, Guid taskId, ParticipationState state = ParticipationState.Selected)
    {
        var now = host.Time.GetUtcNow();
        var id = Guid.NewGuid();
        await host.QueryAsync(async db =>
        {
            db.Add(new Membership
            {
                Id = id, ApplicationId = Guid.NewGuid(), State = MembershipState.Active, TermEndsOn = new DateOnly(2027, 12, 31), JoinedAt = now,
                Name = "김시민", Email = $"monitor-{id:N}@example.com", Mobile = "01012345678", ProvinceCode = "11", District = "종로구",
                UpdatedAt = now, Version = Guid.NewGuid(),
            });
            db.Add(new Participation
            {
                Id = Guid.NewGuid(), TaskId = taskId, MonitorId = id, State = state, Sequence = 1, AppliedAt = now.AddDays(-20),
                SelectedAt = state == ParticipationState.Selected ? now.AddDays(-10) : null, UpdatedAt = now, Version = Guid.NewGuid(),
            });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return id;
    }

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>A valid draft of form version 2 captured an hour ago.</summary>
    public static SubmissionDraft Draft(CoreTestHost host, params SubmissionPhotoUpload[] photos) => new()
    {
        ClientId = Guid.NewGuid(),
        FormVersion = 2,
        Answers = Json("""{"cleanliness":4,"facility":"양호","issues":["파손","조명"],"title":"안내판 파손","comment":"정류장 안내판 일부가 깨져 있음"}"""),
        CapturedAt = host.Time.GetUtcNow().AddHours(-1).ToOffset(TimeSpan.FromHours(9)),
        Latitude = 37.5704,
        Longitude = 126.9831,
        AccuracyMeters = 12,
        Photos = photos,
    };

    public static SubmissionPhotoUpload Photo(byte[] content, string key = "photo") => new(key, content);

    public static Task<Result<SubmissionReceipt>> SubmitAsync(this CoreTestHost host, Guid monitor, Guid taskId, SubmissionDraft draft) =>
        host.RunAsync<SubmissionService, Result<SubmissionReceipt>>((s, ct) => s.SubmitAsync(monitor, taskId, draft, ct));

    public static async Task<SubmissionReceipt> SubmitOkAsync(this CoreTestHost host, Guid monitor, Guid taskId, SubmissionDraft draft)
    {
        var result = await host.SubmitAsync(monitor, taskId, draft);
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static Task<Result<SubmissionView>> ReviewAsync(this CoreTestHost host, Func<ReviewService, CancellationToken, Task<Result<SubmissionView>>> work) =>
        host.RunAsync(work);

    public static Task<Result<SubmissionDetail>> GetAsync(this CoreTestHost host, Guid id, SubmissionViewer viewer) =>
        host.RunAsync<SubmissionQueries, Result<SubmissionDetail>>((q, ct) => q.GetAsync(id, viewer, ct));

    /// <summary>Everything a submission can write: rows, photos, audit records and notices.</summary>
    public static Task<(int Submissions, int Photos, int Audit, int Notices)> CountsAsync(this CoreTestHost host) =>
        host.QueryAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            return (await db.Set<FieldSubmission>().CountAsync(ct), await db.Set<SubmissionPhoto>().CountAsync(ct),
                await db.Set<AuditEntry>().CountAsync(ct), await db.Set<OutboxMessage>().CountAsync(ct));
        });

    public static Task<List<OutboxMessage>> NoticesAsync(this CoreTestHost host) =>
        host.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>Moves the clock forward to <paramref name="instant"/> (never back).</summary>
    public static void AdvanceTo(this CoreTestHost host, DateTimeOffset instant)
    {
        if (instant > host.Time.GetUtcNow())
        {
            host.Time.SetUtcNow(instant);
        }
    }
}
