using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>Inserts a task in fieldwork with a form, and selected monitors, straight into the host's database.</summary>
internal static class SubmissionsArrange
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 3, 4, 5];

    public static async Task<Guid> AddTaskAsync(this SeoulMonitorApplication app)
    {
        var now = app.Time.GetUtcNow();
        var form = new FormDefinition
        {
            Questions =
            [
                new FormQuestion { Key = "cleanliness", Kind = QuestionKind.Rating, Label = "청결도", Required = true, ScaleMin = 1, ScaleMax = 5 },
                new FormQuestion { Key = "photo", Kind = QuestionKind.Photo, Label = "현장 사진", MaxPhotos = 2 },
            ],
        };
        var task = new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = "공원 화장실 점검", Purpose = "위생 점검", Department = "공원녹지정책과", Sites = "서울숲",
            Capacity = 10, RecruitmentOpensAt = now.AddDays(-30), RecruitmentClosesAt = now.AddDays(-10), FieldworkOpensAt = now.AddDays(-1),
            FieldworkClosesAt = now.AddDays(7), State = MonitoringTaskState.FieldworkOpen, CurrentFormVersion = 1, CreatedAt = now, UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        db.Add(task);
        db.Add(new TaskFormVersion { Id = Guid.NewGuid(), TaskId = task.Id, Number = 1, Definition = FormJson.Serialize(form), CreatedAt = now, CreatedBy = "staff" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return task.Id;
    }

    public static async Task<Guid> AddSelectedMonitorAsync(this SeoulMonitorApplication app, Guid taskId)
    {
        var monitor = await app.AddMonitorAsync();
        var now = app.Time.GetUtcNow();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var membership = await db.Set<Membership>().FindAsync([monitor], TestContext.Current.CancellationToken);
        membership!.Email = $"m-{monitor:N}@example.com";
        db.Add(new Participation
        {
            Id = Guid.NewGuid(), TaskId = taskId, MonitorId = monitor, State = ParticipationState.Selected, Sequence = 1,
            AppliedAt = now.AddDays(-20), SelectedAt = now.AddDays(-10), UpdatedAt = now, Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return monitor;
    }

    public static object Submission(SeoulMonitorApplication app, Guid clientId, int rating = 4, Guid? supersedesId = null) => new
    {
        clientId,
        formVersion = 1,
        answers = new { cleanliness = rating },
        capturedAt = app.Time.GetUtcNow().AddMinutes(-30).ToOffset(TimeSpan.FromHours(9)),
        latitude = 37.5444,
        longitude = 127.0374,
        accuracyMeters = 8.5,
        supersedesId,
    };

    /// <summary>A multipart upload: the submission JSON part and photo parts (named like files a phone might send).</summary>
    public static MultipartFormDataContent Multipart(object submission, params byte[][] photos)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(submission, JsonSerializerOptions.Web), System.Text.Encoding.UTF8, "application/json"), "submission" },
        };
        for (var i = 0; i < photos.Length; i++)
        {
            var part = new ByteArrayContent(photos[i]);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(part, "photo.photo", $"note-{i}.txt");
        }

        return content;
    }

    /// <summary>Removes the content-addressed files the test stored under the host's file store.</summary>
    public static async Task RemoveFilesAsync(this SeoulMonitorApplication app, params string[] sha256)
    {
        var store = app.Services.GetRequiredService<IFileStore>();
        foreach (var hash in sha256)
        {
            await store.DeleteAsync(FileKeys.Photo(hash), TestContext.Current.CancellationToken);
        }
    }
}
