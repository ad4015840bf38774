using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>Tasks, participants and reviewed submissions written directly through the host's context.</summary>
internal static class IncentivesHostArrange
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A 2026 task in <paramref name="state"/> (fieldwork days 8 to 30 from now).</summary>
    public static async Task<MonitoringTask> AddTaskAsync(this SeoulMonitorApplication app, MonitoringTaskState state)
    {
        var now = app.Time.GetUtcNow();
        var task = new MonitoringTask
        {
            Id = Guid.NewGuid(), Year = 2026, Title = "공공 화장실 안전 점검", Purpose = "안전", Department = "시민봉사담당관", Sites = "시청", Capacity = 10,
            SelectionMethod = SelectionMethod.FirstComeFirstServed, RecruitmentOpensAt = now.AddDays(-7), RecruitmentClosesAt = now.AddDays(-1),
            FieldworkOpensAt = now.AddDays(8), FieldworkClosesAt = now.AddDays(30), State = state, CurrentFormVersion = 1, CreatedAt = now, UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        await app.WithDbAsync(db => db.Add(task));
        return task;
    }

    /// <summary>A named active monitor (person <paramref name="n"/>) selected for <paramref name="taskId"/> with approved submissions.</summary>
    public static async Task<Guid> AddParticipantAsync(this SeoulMonitorApplication app, Guid taskId, int n, int approved = 1)
    {
        var id = await app.AddMonitorAsync();
        var now = app.Time.GetUtcNow();
        await app.WithDbAsync(async db =>
        {
            var m = await db.Set<Membership>().SingleAsync(x => x.Id == id, Ct);
            (m.Name, m.Email, m.Mobile, m.District, m.BirthDate) = ($"모니터{n}", $"monitor{n}@example.com", $"0109876000{n}", "중구", new DateOnly(1980, 5, n));
            var participation = new Participation
            {
                Id = Guid.NewGuid(), TaskId = taskId, MonitorId = id, State = ParticipationState.Selected, Sequence = n, AppliedAt = now, SelectedAt = now,
                UpdatedAt = now, Version = Guid.NewGuid(),
            };
            db.Add(participation);
            db.AddRange(Enumerable.Range(0, approved).Select(_ => new FieldSubmission
            {
                Id = Guid.NewGuid(), ClientId = Guid.NewGuid(), TaskId = taskId, ParticipationId = participation.Id, MonitorId = id, FormVersion = 1,
                CapturedAt = now, ReceivedAt = now, State = SubmissionState.Approved, Revision = 1, ReviewedAt = now, PayloadHash = "00", Version = Guid.NewGuid(),
            }));
        });
        return id;
    }

    public static async Task WithDbAsync(this SeoulMonitorApplication app, Action<SeoulMonitorDbContext> change) =>
        await app.WithDbAsync(db =>
        {
            change(db);
            return Task.CompletedTask;
        });

    public static async Task WithDbAsync(this SeoulMonitorApplication app, Func<SeoulMonitorDbContext, Task> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        await change(db);
        await db.SaveChangesAsync(Ct);
    }

    public static async Task<T> QueryDbAsync<T>(this SeoulMonitorApplication app, Func<SeoulMonitorDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>());
    }
}
