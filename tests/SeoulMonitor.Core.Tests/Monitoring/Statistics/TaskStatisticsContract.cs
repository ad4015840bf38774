using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Statistics;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Monitoring.Findings;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Statistics;

/// <summary>Per-question statistics over approved submissions of two form versions, on each provider.</summary>
public abstract class TaskStatisticsContract(StorageProvider provider)
{
    private static readonly FormDefinition Second = new()
    {
        Questions =
        [
            new FormQuestion { Key = "safety", Kind = QuestionKind.Rating, Label = "보행 안전도", ScaleMin = 1, ScaleMax = 5 },
            new FormQuestion { Key = "issues", Kind = QuestionKind.MultipleChoice, Label = "문제점", Choices = ["단차", "주차", "조명"] },
            new FormQuestion { Key = "where", Kind = QuestionKind.Location, Label = "위치" },
            new FormQuestion { Key = "photo", Kind = QuestionKind.Photo, Label = "현장 사진", MaxPhotos = 3 },
        ],
    };

    [Fact]
    public async Task Get_TwoFormVersions_MatchesByKeyAndCountsApprovedOnly()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.AddTaskAsync(forms: [Form, Second]);
        var (a, b) = (await host.AddPersonAsync("가나다"), await host.AddPersonAsync("라마바"));
        await host.AddSubmissionAsync(task.Id, a.Id, """{"safety":5,"problem":"단차","opinion":"턱이 높다"}""", photos: 2);
        await host.AddSubmissionAsync(task.Id, a.Id, """{"safety":3,"problem":"조명","opinion":"  "}""");
        await host.AddSubmissionAsync(task.Id, b.Id, """{"safety":4,"issues":["단차","주차"],"where":{"latitude":37.5,"longitude":127.0,"accuracy":5}}""", version: 2);
        await host.AddSubmissionAsync(task.Id, b.Id, """{"safety":4,"issues":["주차"]}""", version: 2, photos: 1);
        await host.AddSubmissionAsync(task.Id, b.Id, """{"safety":1,"issues":["조명"]}""", SubmissionState.Received, version: 2, photos: 3);
        await host.AddSubmissionAsync(task.Id, b.Id, """{"safety":1}""", SubmissionState.Rejected, version: 2);

        var stats = (await host.RunAsync<TaskStatisticsService, Result<TaskStatistics>>((s, ct) => s.GetAsync(task.Id, Staff, ct))).Value;

        Assert.Equal(["safety", "issues", "where", "photo", "problem", "opinion"], stats.Questions.Select(q => q.Key));
        var safety = stats.Questions[0];
        Assert.Equal("보행 안전도", safety.Label);
        Assert.Equal(4, safety.Answered);
        Assert.Equal(4.0, safety.Mean);
        Assert.Equal([(1, 0), (2, 0), (3, 1), (4, 2), (5, 1)], safety.Distribution.Select(d => (d.Value, d.Count)));
        Assert.Equal([("단차", 1), ("주차", 2), ("조명", 0)], stats.Questions[1].Choices.Select(c => (c.Choice, c.Count)));
        Assert.Equal(2, stats.Questions[1].Answered);
        Assert.Equal(1, stats.Questions[2].Answered);
        Assert.Equal((2, 3), (stats.Questions[3].Answered, stats.Questions[3].Photos));
        Assert.Equal([("단차", 1), ("불법 주차", 0), ("조명", 1)], stats.Questions[4].Choices.Select(c => (c.Choice, c.Count)));
        Assert.Equal(1, stats.Questions[5].Answered);
        Assert.Equal((4, 1, 1), (stats.ApprovedSubmissions, Count(stats, SubmissionState.Received), Count(stats, SubmissionState.Rejected)));
        Assert.Equal((2, 2), (stats.Participants, stats.Contributors));
    }

    [Fact]
    public async Task Get_OtherDepartmentOrMissingTask_Refused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.AddTaskAsync();

        var own = await host.RunAsync<TaskStatisticsService, Result<TaskStatistics>>((s, ct) => s.GetAsync(task.Id, Officer, ct));
        var other = await host.RunAsync<TaskStatisticsService, Result<TaskStatistics>>((s, ct) => s.GetAsync(task.Id, new Actor(ActorKind.Department, "다른부서"), ct));
        var missing = await host.RunAsync<TaskStatisticsService, Result<TaskStatistics>>((s, ct) => s.GetAsync(Guid.NewGuid(), Staff, ct));

        Assert.True(own.IsSuccess);
        Assert.Equal(0, own.Value.Questions[0].Answered);
        Assert.Null(own.Value.Questions[0].Mean);
        Assert.Equal("statistics.task_not_found", other.Error?.Code);
        Assert.Equal("statistics.task_not_found", missing.Error?.Code);
    }

    private static int Count(TaskStatistics s, SubmissionState state) => s.SubmissionsByState.Single(c => c.State == state).Count;
}

public sealed class TaskStatisticsSqliteTests() : TaskStatisticsContract(StorageProvider.Sqlite);

public sealed class TaskStatisticsPostgresTests() : TaskStatisticsContract(StorageProvider.PostgreSql);
