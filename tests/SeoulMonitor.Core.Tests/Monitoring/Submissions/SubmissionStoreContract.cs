using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Submissions.SubmissionArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

/// <summary>Submission behaviour that depends on the store (idempotency under races, chains, review, paging), on each provider.</summary>
public abstract class SubmissionStoreContract(StorageProvider provider)
{
    [Fact]
    public async Task Submit_SameClientIdTwentyTimesInSequence_StoredOnce()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var draft = Draft(host, Photo(TestImages.Jpeg()), Photo(TestImages.Png()));

        var results = new List<Result<SubmissionReceipt>>();
        for (var i = 0; i < 20; i++)
        {
            results.Add(await host.SubmitAsync(monitor, task.Id, draft));
        }

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Single(results.Select(r => r.Value.Id).Distinct());
        Assert.False(results[0].Value.Replayed);
        Assert.All(results.Skip(1), r => Assert.True(r.Value.Replayed));
        Assert.Equal((1, 2, 1, 0), await host.CountsAsync());
        Assert.Equal(2, files.FileCount());
    }

    [Fact]
    public async Task Submit_SameClientIdTwentyAtOnce_StoredOnce()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var draft = Draft(host, Photo(TestImages.Jpeg()), Photo(TestImages.Webp()));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => host.SubmitAsync(monitor, task.Id, draft))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Single(results.Select(r => r.Value.Id).Distinct());
        Assert.Single(results, r => !r.Value.Replayed);
        Assert.Equal((1, 2, 1, 0), await host.CountsAsync());
        Assert.Equal(2, files.FileCount());
        Assert.Equal(1, await host.AuditCountAsync(SubmissionLifecycle.Entity));
    }

    [Fact]
    public async Task Submit_SameClientIdOtherPayloadOrMonitor_ClientIdConflictNothingWritten()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var (me, other) = (await host.AddParticipantAsync(task.Id), await host.AddParticipantAsync(task.Id));
        var draft = Draft(host);
        await host.SubmitOkAsync(me, task.Id, draft);
        var before = await host.CountsAsync();

        var changed = await host.SubmitAsync(me, task.Id, draft with { Answers = Json("""{"cleanliness":5}""") });
        var withPhoto = await host.SubmitAsync(me, task.Id, draft with { Photos = [Photo(TestImages.Jpeg())] });
        var otherMonitor = await host.SubmitAsync(other, task.Id, draft);

        Assert.Equal("submission.client_id_conflict", changed.Error?.Code);
        Assert.Equal("submission.client_id_conflict", withPhoto.Error?.Code);
        Assert.Equal("submission.client_id_conflict", otherMonitor.Error?.Code);
        Assert.Equal(before, await host.CountsAsync());
        Assert.Equal(0, files.FileCount());
    }

    [Fact]
    public async Task Resubmit_AfterReturn_NewRevisionSupersedesAndChainIsShown()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var first = await host.SubmitOkAsync(monitor, task.Id, Draft(host));
        Assert.True((await host.ReviewAsync((r, ct) => r.ReturnAsync(first.Id, Staff, "사진이 필요합니다", ct))).IsSuccess);

        var second = await host.SubmitOkAsync(monitor, task.Id, Draft(host, Photo(TestImages.Heic())) with { SupersedesId = first.Id });
        var again = await host.SubmitAsync(monitor, task.Id, Draft(host) with { SupersedesId = first.Id });
        Assert.True((await host.ReviewAsync((r, ct) => r.ReturnAsync(second.Id, Staff, "위치가 다릅니다", ct))).IsSuccess);
        var third = await host.SubmitOkAsync(monitor, task.Id, Draft(host) with { SupersedesId = second.Id });
        var detail = (await host.GetAsync(second.Id, new SubmissionViewer(Actor.Monitor(monitor)))).Value;

        Assert.Equal((1, 2, 3), (first.Revision, second.Revision, third.Revision));
        Assert.Equal("field_submission.invalid_transition", again.Error?.Code);
        Assert.Equal([first.Id, second.Id, third.Id], detail.Revisions.Select(r => r.Id));
        Assert.Equal([SubmissionState.Superseded, SubmissionState.Superseded, SubmissionState.Received], detail.Revisions.Select(r => r.State));
        Assert.Equal([null, first.Id, second.Id], detail.Revisions.Select(r => r.SupersedesId));
        Assert.Equal("사진이 필요합니다", detail.Revisions[0].ReviewReason);
        Assert.Equal(SubmissionState.Superseded, detail.Submission.State);
    }

    [Fact]
    public async Task Review_ApproveReturnReject_AuditedOnceEachAndOneNoticePerReview()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await host.SubmitOkAsync(monitor, task.Id, Draft(host))).Id);
        }

        var approved = await host.ReviewAsync((r, ct) => r.ApproveAsync(ids[0], Staff, "잘 작성됨", ct));
        var returned = await host.ReviewAsync((r, ct) => r.ReturnAsync(ids[1], Staff, "  위치 정보를 다시 확인해 주세요  ", ct));
        var rejected = await host.ReviewAsync((r, ct) => r.RejectAsync(ids[2], Staff, "과제와 무관한 내용", ct));
        var approvedAgain = await host.ReviewAsync((r, ct) => r.ApproveAsync(ids[3], Staff, null, ct));

        Assert.Equal(SubmissionState.Approved, approved.Value.State);
        Assert.Equal("위치 정보를 다시 확인해 주세요", returned.Value.ReviewReason);
        Assert.Equal(SubmissionState.Rejected, rejected.Value.State);
        Assert.True(approvedAgain.IsSuccess);
        foreach (var id in ids)
        {
            Assert.Equal(2, await host.AuditCountAsync(SubmissionLifecycle.Entity, id));
        }

        var notices = await host.NoticesAsync();
        Assert.Equal(4, notices.Count);
        Assert.All(notices, n => Assert.Equal($"monitor-{monitor:N}@example.com", n.To));
        Assert.All(notices, n => Assert.Equal("task-review", n.Kind));
        Assert.Contains("위치 정보를 다시 확인해 주세요", notices[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("Reason:", notices[1].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("김시민", string.Concat(notices.Select(n => n.Subject + n.TextBody)), StringComparison.Ordinal);
        var participation = await host.QueryAsync(db => db.Set<Participation>().SingleAsync(p => p.MonitorId == monitor, TestContext.Current.CancellationToken));
        Assert.Equal(ParticipationState.Completed, participation.State);
        Assert.Equal(1, await host.AuditCountAsync(ParticipationLifecycle.Entity, participation.Id));
    }

    [Fact]
    public async Task ApproveMany_OneNotReceived_NothingApprovedThenAllApproved()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitor = await host.AddParticipantAsync(task.Id);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await host.SubmitOkAsync(monitor, task.Id, Draft(host))).Id);
        }

        await host.ReviewAsync((r, ct) => r.RejectAsync(ids[2], Staff, "중복 제출", ct));
        var before = await host.CountsAsync();

        var refused = await host.RunAsync<ReviewService, Result<IReadOnlyList<SubmissionView>>>((r, ct) => r.ApproveManyAsync(task.Id, ids, Staff, null, ct));
        var unchanged = await host.CountsAsync();
        var approved = await host.RunAsync<ReviewService, Result<IReadOnlyList<SubmissionView>>>((r, ct) => r.ApproveManyAsync(task.Id, ids[..2], Staff, null, ct));

        Assert.Equal("field_submission.invalid_transition", refused.Error?.Code);
        Assert.Equal("ids[2]", refused.Error?.Field);
        Assert.Equal(before, unchanged);
        Assert.Equal(2, approved.Value.Count);
        Assert.Equal(before.Notices + 2, (await host.CountsAsync()).Notices);
    }

    [Fact]
    public async Task ForTask_PagesByStateAfterCursor_EachPageAccessLogged()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var monitors = new[] { await host.AddParticipantAsync(task.Id), await host.AddParticipantAsync(task.Id) };
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await host.SubmitOkAsync(monitors[i % 2], task.Id, Draft(host))).Id);
            host.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await host.ReviewAsync((r, ct) => r.ApproveAsync(ids[4], Staff, null, ct));
        var viewer = new SubmissionViewer(Staff, "검토 업무");
        Task<Result<SubmissionPage>> Page(Guid? after, SubmissionState? state = SubmissionState.Received, SubmissionViewer? who = null) =>
            host.RunAsync<SubmissionQueries, Result<SubmissionPage>>((q, ct) => q.ForTaskAsync(task.Id, state, after, 2, who ?? viewer, ct));

        var first = (await Page(null)).Value;
        var second = (await Page(first.Next)).Value;
        var all = (await Page(null, null)).Value;
        var noPurpose = await Page(null, null, new SubmissionViewer(Staff));
        var monitorCaller = await Page(null, null, new SubmissionViewer(Actor.Monitor(monitors[0])));

        Assert.Equal(ids[..2], first.Items.Select(i => i.Id));
        Assert.Equal(ids[2..4], second.Items.Select(i => i.Id));
        Assert.Null(second.Next);
        Assert.Equal(2, all.Items.Count);
        Assert.NotNull(all.Next);
        Assert.Equal("access.purpose_required", noPurpose.Error?.Code);
        Assert.Equal("submission.forbidden", monitorCaller.Error?.Code);
        var logged = await host.QueryAsync(db => db.Set<PersonalDataAccess>().CountAsync(a => a.SubjectType == SubmissionQueries.Subject, TestContext.Current.CancellationToken));
        Assert.Equal(3, logged);
    }

    [Fact]
    public async Task Reads_OwnerAndStaffSeeSubmissionAndPhoto_OtherMonitorDoesNot()
    {
        await using var files = await SubmissionHost.CreateAsync(provider);
        var host = files.Core;
        var task = await host.AddTaskAsync();
        var (me, other) = (await host.AddParticipantAsync(task.Id), await host.AddParticipantAsync(task.Id));
        var png = TestImages.Png(300);
        var receipt = await host.SubmitOkAsync(me, task.Id, Draft(host, Photo(png)));
        var photoId = (await host.GetAsync(receipt.Id, new SubmissionViewer(Actor.Monitor(me)))).Value.Submission.Photos.Single().Id;
        Task<Result<PhotoDownload>> Open(SubmissionViewer viewer) =>
            host.RunAsync<SubmissionQueries, Result<PhotoDownload>>((q, ct) => q.OpenPhotoAsync(receipt.Id, photoId, viewer, ct));

        var mine = (await host.RunAsync<SubmissionQueries, IReadOnlyList<SubmissionView>>((q, ct) => q.MineAsync(me, ct))).Single();
        var staffView = await host.GetAsync(receipt.Id, new SubmissionViewer(Staff, "검토"));
        var othersView = await host.GetAsync(receipt.Id, new SubmissionViewer(Actor.Monitor(other)));
        var ownPhoto = await Open(new SubmissionViewer(Actor.Monitor(me)));
        var staffPhoto = await Open(new SubmissionViewer(Staff, "검토"));
        var othersPhoto = await Open(new SubmissionViewer(Actor.Monitor(other)));

        Assert.Equal(receipt.Id, mine.Id);
        Assert.Equal(4, mine.Answers.GetProperty("cleanliness").GetInt32());
        Assert.True(staffView.IsSuccess);
        Assert.Equal("submission.not_found", othersView.Error?.Code);
        await using (var content = ownPhoto.Value.Content)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, TestContext.Current.CancellationToken);
            Assert.Equal(png, copy.ToArray());
        }

        await staffPhoto.Value.Content.DisposeAsync();
        Assert.Equal("image/png", staffPhoto.Value.ContentType);
        Assert.Equal("submission.not_found", othersPhoto.Error?.Code);
        Assert.Empty(await host.RunAsync<SubmissionQueries, IReadOnlyList<SubmissionView>>((q, ct) => q.MineAsync(other, ct)));
    }
}

public sealed class SubmissionStoreSqliteTests() : SubmissionStoreContract(StorageProvider.Sqlite);

public sealed class SubmissionStorePostgresTests() : SubmissionStoreContract(StorageProvider.PostgreSql);
