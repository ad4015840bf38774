using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Statistics;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Findings;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Statistics;

/// <summary>Statistics over 20,000 approved submissions, streamed: exact counts and mean.</summary>
public sealed class TaskStatisticsScaleTests
{
    [Fact]
    public async Task Get_TwentyThousandSubmissions_ExactMeanAndDistribution()
    {
        const int count = 20_000;
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var task = await host.AddTaskAsync();
        var monitor = await host.AddPersonAsync("대량");
        await using (var scope = host.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            var now = host.Time.GetUtcNow();
            var participation = new Participation { Id = Guid.NewGuid(), TaskId = task.Id, MonitorId = monitor.Id, State = ParticipationState.Selected, Sequence = 1, AppliedAt = now, UpdatedAt = now, Version = Guid.NewGuid() };
            db.Add(participation);
            db.AddRange(Enumerable.Range(0, count).Select(i => new FieldSubmission
            {
                Id = Guid.NewGuid(), ClientId = Guid.NewGuid(), TaskId = task.Id, ParticipationId = participation.Id, MonitorId = monitor.Id, FormVersion = 1,
                Answers = $$"""{"safety":{{i % 5 + 1}},"problem":"{{(i % 2 == 0 ? "단차" : "조명")}}"}""", CapturedAt = now, ReceivedAt = now,
                State = SubmissionState.Approved, Revision = 1, Version = Guid.NewGuid(),
            }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var stats = (await host.RunAsync<TaskStatisticsService, Result<TaskStatistics>>((s, ct) => s.GetAsync(task.Id, Staff, ct))).Value;

        Assert.Equal(count, stats.ApprovedSubmissions);
        Assert.Equal(3.0, stats.Questions[0].Mean);
        Assert.All(stats.Questions[0].Distribution, d => Assert.Equal(count / 5, d.Count));
        Assert.Equal([count / 2, 0, count / 2], stats.Questions[1].Choices.Select(c => c.Count));
    }
}
