using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Submissions.SubmissionArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

/// <summary>Review follows the task: nothing is reviewed on a cancelled task, and nothing is returned for resubmission once fieldwork is over.</summary>
public sealed class ReviewTaskStateTests
{
    public static TheoryData<string> Events => new() { "approve", "return", "reject" };

    [Theory]
    [MemberData(nameof(Events))]
    public async Task Review_TaskCancelledDuringFieldwork_RefusedTaskCancelledAndNothingWritten(string evt)
    {
        await using var files = await SubmissionHost.CreateAsync(StorageProvider.Sqlite);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var receipt = await host.SubmitOkAsync(monitor, task.Id, Draft(host));
        var cancelled = await host.RunAsync<TaskLifecycleService, Result<TaskView>>((s, ct) => s.CancelAsync(task.Id, "예산 사정으로 취소", Staff, ct));
        Assert.True(cancelled.IsSuccess, cancelled.Error?.Code);
        var before = await host.CountsAsync();

        var result = await ReviewAsync(host, evt, receipt.Id);

        Assert.Equal("submission.task_cancelled", result.Error?.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal(before, await host.CountsAsync());
    }

    [Fact]
    public async Task Return_FieldworkClosed_RefusedReturnClosedButApproveAndRejectStillWork()
    {
        await using var files = await SubmissionHost.CreateAsync(StorageProvider.Sqlite);
        var host = files.Core;
        var task = await host.AddTaskAsync(closesIn: TimeSpan.FromHours(2));
        var monitor = await host.AddParticipantAsync(task.Id);
        var first = await host.SubmitOkAsync(monitor, task.Id, Draft(host));
        var second = await host.SubmitOkAsync(monitor, task.Id, Draft(host));
        host.AdvanceTo(task.FieldworkClosesAt);
        var before = await host.CountsAsync();

        var returned = await ReviewAsync(host, "return", first.Id);
        var countsAfterRefusal = await host.CountsAsync();
        var approved = await ReviewAsync(host, "approve", first.Id);
        var rejected = await ReviewAsync(host, "reject", second.Id);

        Assert.Equal("submission.return_closed", returned.Error?.Code);
        Assert.Equal(before, countsAfterRefusal);
        Assert.True(approved.IsSuccess, approved.Error?.Code);
        Assert.True(rejected.IsSuccess, rejected.Error?.Code);
    }

    [Fact]
    public async Task Return_JustBeforeFieldworkCloses_Returned()
    {
        await using var files = await SubmissionHost.CreateAsync(StorageProvider.Sqlite);
        var host = files.Core;
        var task = await host.AddTaskAsync(closesIn: TimeSpan.FromHours(2));
        var monitor = await host.AddParticipantAsync(task.Id);
        var receipt = await host.SubmitOkAsync(monitor, task.Id, Draft(host));
        host.AdvanceTo(task.FieldworkClosesAt - TimeSpan.FromTicks(1));

        var returned = await ReviewAsync(host, "return", receipt.Id);

        Assert.True(returned.IsSuccess, returned.Error?.Code);
        Assert.Equal(SubmissionState.Returned, returned.Value.State);
    }

    private static Task<Result<SubmissionView>> ReviewAsync(CoreTestHost host, string evt, Guid id) => evt switch
    {
        "approve" => host.ReviewAsync((r, ct) => r.ApproveAsync(id, Staff, null, ct)),
        "return" => host.ReviewAsync((r, ct) => r.ReturnAsync(id, Staff, "사진을 보완해 주세요", ct)),
        _ => host.ReviewAsync((r, ct) => r.RejectAsync(id, Staff, "현장과 다른 사진", ct)),
    };
}
