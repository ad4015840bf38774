using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Submissions.SubmissionArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

/// <summary>Every (state, event) pair of the submission lifecycle: allowed ones audited once, refused ones write nothing.</summary>
public sealed class SubmissionTransitionMatrixTests(SubmissionHostFixture fixture) : IClassFixture<SubmissionHostFixture>
{
    public static TheoryData<SubmissionState, SubmissionEvent> Pairs()
    {
        var data = new TheoryData<SubmissionState, SubmissionEvent>();
        foreach (var state in Enum.GetValues<SubmissionState>())
        {
            foreach (var evt in Enum.GetValues<SubmissionEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Event_EveryState_FollowsTheTable(SubmissionState state, SubmissionEvent evt)
    {
        var host = fixture.Host.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var id = await InStateAsync(host, monitor, task.Id, state);
        var before = await host.CountsAsync();
        var entityBefore = await host.AuditCountAsync(SubmissionLifecycle.Entity, id);

        var result = evt switch
        {
            SubmissionEvent.Approve => (await host.ReviewAsync((r, ct) => r.ApproveAsync(id, Staff, null, ct))).Map(v => v.Id),
            SubmissionEvent.Return => (await host.ReviewAsync((r, ct) => r.ReturnAsync(id, Staff, "보완 필요", ct))).Map(v => v.Id),
            SubmissionEvent.Reject => (await host.ReviewAsync((r, ct) => r.RejectAsync(id, Staff, "무관한 내용", ct))).Map(v => v.Id),
            _ => (await host.SubmitAsync(monitor, task.Id, Draft(host) with { SupersedesId = id })).Map(r => r.Id),
        };

        var stored = (await host.GetAsync(id, new SubmissionViewer(Actor.Monitor(monitor)))).Value.Submission;
        if (SubmissionLifecycle.Table.Allows(state, evt))
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(SubmissionLifecycle.Table.Fire(state, evt).Value, stored.State);
            Assert.Equal(entityBefore + 1, await host.AuditCountAsync(SubmissionLifecycle.Entity, id));
        }
        else
        {
            Assert.Equal("field_submission.invalid_transition", result.Error?.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(before, await host.CountsAsync());
        }
    }

    [Fact]
    public async Task Review_ByNonStaffOrWithoutReason_RefusedAndNothingWritten()
    {
        var host = fixture.Host.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var id = (await host.SubmitOkAsync(monitor, task.Id, Draft(host))).Id;
        var before = await host.CountsAsync();

        var byMonitor = await host.ReviewAsync((r, ct) => r.ApproveAsync(id, Actor.Monitor(monitor), null, ct));
        var noReason = await host.ReviewAsync((r, ct) => r.ReturnAsync(id, Staff, "   ", ct));
        var rejectNoReason = await host.ReviewAsync((r, ct) => r.RejectAsync(id, Staff, null, ct));
        var tooLong = await host.ReviewAsync((r, ct) => r.RejectAsync(id, Staff, new string('가', SubmissionLimits.ReasonMaxLength + 1), ct));
        var missing = await host.ReviewAsync((r, ct) => r.ApproveAsync(Guid.NewGuid(), Staff, null, ct));
        var bulkEmpty = await host.RunAsync<ReviewService, Result<IReadOnlyList<SubmissionView>>>((r, ct) => r.ApproveManyAsync(task.Id, [], Staff, null, ct));
        var bulkTooMany = await host.RunAsync<ReviewService, Result<IReadOnlyList<SubmissionView>>>((r, ct) =>
            r.ApproveManyAsync(task.Id, [.. Enumerable.Range(0, SubmissionLimits.MaxBulk + 1).Select(_ => Guid.NewGuid())], Staff, null, ct));
        var bulkDuplicate = await host.RunAsync<ReviewService, Result<IReadOnlyList<SubmissionView>>>((r, ct) => r.ApproveManyAsync(task.Id, [id, id], Staff, null, ct));
        var otherTask = await host.RunAsync<ReviewService, Result<IReadOnlyList<SubmissionView>>>((r, ct) => r.ApproveManyAsync(Guid.NewGuid(), [id], Staff, null, ct));
        var exactReason = await host.ReviewAsync((r, ct) => r.RejectAsync(id, Staff, new string('가', SubmissionLimits.ReasonMaxLength), ct));

        Assert.Equal("submission.review_forbidden", byMonitor.Error?.Code);
        Assert.Equal("submission.reason.required", noReason.Error?.Code);
        Assert.Equal("submission.reason.required", rejectNoReason.Error?.Code);
        Assert.Equal("submission.reason.too_long", tooLong.Error?.Code);
        Assert.Equal("submission.not_found", missing.Error?.Code);
        Assert.Equal("submission.bulk.empty", bulkEmpty.Error?.Code);
        Assert.Equal("submission.bulk.too_many", bulkTooMany.Error?.Code);
        Assert.Equal("submission.bulk.duplicate", bulkDuplicate.Error?.Code);
        Assert.Equal("submission.bulk.other_task", otherTask.Error?.Code);
        Assert.Equal("ids[0]", otherTask.Error?.Field);
        Assert.True(exactReason.IsSuccess, exactReason.Error?.Code);
        Assert.Equal((before.Submissions, before.Photos, before.Audit + 1, before.Notices + 1), await host.CountsAsync());
    }

    private static async Task<Guid> InStateAsync(CoreTestHost host, Guid monitor, Guid taskId, SubmissionState state)
    {
        var id = (await host.SubmitOkAsync(monitor, taskId, Draft(host))).Id;
        Result<SubmissionView> result = state switch
        {
            SubmissionState.Approved => await host.ReviewAsync((r, ct) => r.ApproveAsync(id, Staff, null, ct)),
            SubmissionState.Returned or SubmissionState.Superseded => await host.ReviewAsync((r, ct) => r.ReturnAsync(id, Staff, "보완 필요", ct)),
            SubmissionState.Rejected => await host.ReviewAsync((r, ct) => r.RejectAsync(id, Staff, "무관한 내용", ct)),
            _ => default(SubmissionView)!,
        };
        if (state != SubmissionState.Received)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
        }

        if (state == SubmissionState.Superseded)
        {
            await host.SubmitOkAsync(monitor, taskId, Draft(host) with { SupersedesId = id });
        }

        return id;
    }
}
