using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

/// <summary>Consolidation, sending and the contributor fan-out, on each provider.</summary>
public abstract class FindingStoreContract(StorageProvider provider)
{
    private const string Answer = """{"safety":3,"problem":"단차","opinion":"턱이 높다"}""";

    [Fact]
    public async Task Send_ThreeSubmissionsOfOneMonitorAndOneOfAnother_OneNoticePerDistinctContributorPerChange()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync();
        var task = await host.AddTaskAsync();
        var kim = await host.AddPersonAsync("김서울", "kim@example.kr");
        var park = await host.AddPersonAsync("박한강", "park@example.kr", MembershipState.Expired);
        var sources = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            sources.Add((await host.AddSubmissionAsync(task.Id, kim.Id, Answer)).Id);
        }

        sources.Add((await host.AddSubmissionAsync(task.Id, park.Id, Answer)).Id);
        var draft = (await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "보도 턱", "턱이 높다는 의견", sources, Staff, ct))).Value;
        Assert.Empty(await host.OutboxAsync());

        await host.SendAsync(task.Id, draft.Id);
        var afterSend = await host.OutboxAsync(MonitoringNoticeKinds.FindingUpdate);
        await host.ReflectAsync((s, ct) => s.AcknowledgeAsync(draft.Id, Officer, ct));
        await host.ReflectAsync((s, ct) => s.ProgressAsync(draft.Id, 30, null, "착수", Officer, ct));
        var updates = await host.OutboxAsync(MonitoringNoticeKinds.FindingUpdate);

        Assert.Equal(["kim@example.kr", "park@example.kr"], afterSend.Select(m => m.To).Order());
        Assert.Equal(6, updates.Count);
        Assert.Equal(3, updates.Count(m => m.To == "kim@example.kr"));
        Assert.All(updates, m => Assert.DoesNotContain("박한강", m.TextBody + m.Subject, StringComparison.Ordinal));
        Assert.All(updates, m => Assert.DoesNotContain("김서울", m.TextBody + m.Subject, StringComparison.Ordinal));
        var sent = Assert.Single(await host.OutboxAsync(MonitoringNoticeKinds.FindingsSent));
        Assert.Equal(DepartmentEmail, sent.To);
        Assert.Contains("보도 턱", sent.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_FirstSendReportsTaskAndSetsSla_SecondSendKeepsTaskState()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, first, monitor) = await host.DraftAsync();
        var another = await host.AddSubmissionAsync(task.Id, monitor.Id, Answer);
        var second = (await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "조명 개선", "밤길이 어둡다", [another.Id], Staff, ct))).Value;
        var now = host.Time.GetUtcNow();

        var sent = await host.FindingsAsync<IReadOnlyList<FindingView>>((s, ct) => s.SendAsync(task.Id, [first.Id], Staff, ct));
        var taskAudit = await host.AuditCountAsync(MonitoringTaskLifecycle.Entity, task.Id);
        await host.SendAsync(task.Id, second.Id);

        var stored = await host.QueryAsync(db => db.Set<MonitoringTask>().SingleAsync(t => t.Id == task.Id));
        Assert.Equal(MonitoringTaskState.ReportedToDepartment, stored.State);
        Assert.Equal(1, taskAudit);
        Assert.Equal(1, await host.AuditCountAsync(MonitoringTaskLifecycle.Entity, task.Id));
        Assert.Equal(now.AddDays(30), sent.Value[0].RespondBy);
        Assert.Equal(FindingState.SentToDepartment, sent.Value[0].State);
        Assert.Equal(2, (await host.OutboxAsync(MonitoringNoticeKinds.FindingsSent)).Count);
    }

    [Fact]
    public async Task Send_DepartmentWithoutContact_RefusedAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddDepartmentAsync(email: null);
        var (task, finding, _) = await host.DraftAsync(department: false);
        var audit = await host.AuditCountAsync();

        var sent = await host.FindingsAsync<IReadOnlyList<FindingView>>((s, ct) => s.SendAsync(task.Id, [finding.Id], Staff, ct));

        Assert.Equal("finding.department_contact_missing", sent.Error?.Code);
        Assert.Equal(audit, await host.AuditCountAsync());
        Assert.Empty(await host.OutboxAsync());
        Assert.Equal(MonitoringTaskState.Consolidating, (await host.QueryAsync(db => db.Set<MonitoringTask>().SingleAsync(t => t.Id == task.Id))).State);
    }

    [Fact]
    public async Task Draft_SourcesNotApprovedOrOtherTaskOrTaskNotConsolidating_Refused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.AddTaskAsync();
        var fieldwork = await host.AddTaskAsync(MonitoringTaskState.FieldworkClosed);
        var other = await host.AddTaskAsync();
        var m = await host.AddPersonAsync("이미래");
        var received = await host.AddSubmissionAsync(task.Id, m.Id, Answer, SubmissionState.Received);
        var foreign = await host.AddSubmissionAsync(other.Id, m.Id, Answer);
        var ok = await host.AddSubmissionAsync(task.Id, m.Id, Answer);

        var notApproved = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "제목", "내용", [received.Id], Staff, ct));
        var otherTask = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "제목", "내용", [ok.Id, foreign.Id], Staff, ct));
        var early = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(fieldwork.Id, "제목", "내용", [ok.Id], Staff, ct));
        var none = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "제목", "내용", [], Staff, ct));
        var byMonitor = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "제목", "내용", [ok.Id], Common.Actor.Monitor(m.Id), ct));
        var named = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "이미래 님 의견", "내용", [ok.Id], Staff, ct));

        Assert.Equal("finding.source.not_approved", notApproved.Error?.Code);
        Assert.Equal("finding.source.not_approved", otherTask.Error?.Code);
        Assert.Equal("finding.task_not_consolidating", early.Error?.Code);
        Assert.Equal("finding.sources.required", none.Error?.Code);
        Assert.Equal("finding.forbidden", byMonitor.Error?.Code);
        Assert.Equal("finding.text.personal_data", named.Error?.Code);
        Assert.Equal(0, await host.AuditCountAsync(FindingLifecycle.Entity));
    }

    [Fact]
    public async Task MergeAndSplit_PreserveSourcesQuotesAndPhotos()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var task = await host.AddTaskAsync();
        var m = await host.AddPersonAsync("최가람");
        var subs = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            subs.Add((await host.AddSubmissionAsync(task.Id, m.Id, Answer, photos: 1)).Id);
        }

        var photos = await host.QueryAsync(db => db.Set<SubmissionPhoto>().ToDictionaryAsync(p => p.SubmissionId, p => p.Id));
        var a = (await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "의견 A", "내용 A", [subs[0], subs[1]], Staff, ct))).Value;
        var b = (await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "의견 B", "내용 B", [subs[1], subs[2], subs[3]], Staff, ct))).Value;
        await host.FindingsAsync<FindingView>((s, ct) => s.AddQuoteAsync(a.Id, subs[0], "턱이 높아요", Staff, ct));
        await host.FindingsAsync<FindingView>((s, ct) => s.AddQuoteAsync(b.Id, subs[3], "조명이 어두워요", Staff, ct));
        await host.FindingsAsync<FindingView>((s, ct) => s.AddPhotoAsync(b.Id, photos[subs[3]], Staff, ct));

        var merged = await host.FindingsAsync<FindingView>((s, ct) => s.MergeAsync(a.Id, [b.Id], Staff, ct));
        Assert.True(merged.IsSuccess, merged.Error?.Code);
        Assert.Equal(subs.Order(), merged.Value.SourceSubmissionIds.Order());
        Assert.Equal(["턱이 높아요", "조명이 어두워요"], merged.Value.Quotes.Select(q => q.Text));
        Assert.Equal([photos[subs[3]]], merged.Value.PhotoIds);
        Assert.False(await host.QueryAsync(db => db.Set<Finding>().AnyAsync(f => f.Id == b.Id)));

        var split = await host.FindingsAsync<FindingView>((s, ct) => s.SplitAsync(a.Id, [subs[3]], "조명", "조명이 어둡다", Staff, ct));
        Assert.True(split.IsSuccess, split.Error?.Code);
        var rest = (await host.RunAsync<FindingReader, Common.Result<FindingView>>((r, ct) => r.GetAsync(a.Id, Staff, ct))).Value;
        Assert.Equal([subs[3]], split.Value.SourceSubmissionIds);
        Assert.Equal(["조명이 어두워요"], split.Value.Quotes.Select(q => q.Text));
        Assert.Equal([photos[subs[3]]], split.Value.PhotoIds);
        Assert.Equal(subs.Take(3).Order(), rest.SourceSubmissionIds.Order());
        Assert.Equal(["턱이 높아요"], rest.Quotes.Select(q => q.Text));
        Assert.Empty(rest.PhotoIds);

        var all = await host.FindingsAsync<FindingView>((s, ct) => s.SplitAsync(a.Id, subs.Take(3).ToList(), "전부", "전부", Staff, ct));
        var self = await host.FindingsAsync<FindingView>((s, ct) => s.MergeAsync(a.Id, [a.Id], Staff, ct));
        var notSource = await host.FindingsAsync<FindingView>((s, ct) => s.SplitAsync(a.Id, [subs[3]], "다시", "다시", Staff, ct));
        Assert.Equal("finding.split.invalid", all.Error?.Code);
        Assert.Equal("finding.merge.invalid", self.Error?.Code);
        Assert.Equal("finding.split.invalid", notSource.Error?.Code);
    }

    [Fact]
    public async Task Merge_SentFinding_Refused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, sent, monitor) = await host.DraftAsync();
        var sub = await host.AddSubmissionAsync(task.Id, monitor.Id, Answer);
        var draft = (await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "다른 의견", "내용", [sub.Id], Staff, ct))).Value;
        await host.SendAsync(task.Id, sent.Id);

        var intoSent = await host.FindingsAsync<FindingView>((s, ct) => s.MergeAsync(sent.Id, [draft.Id], Staff, ct));
        var sentInto = await host.FindingsAsync<FindingView>((s, ct) => s.MergeAsync(draft.Id, [sent.Id], Staff, ct));
        var edit = await host.FindingsAsync<FindingView>((s, ct) => s.EditAsync(sent.Id, "새 제목", "새 내용", Staff, ct));

        Assert.Equal("finding.not_draft", intoSent.Error?.Code);
        Assert.Equal("finding.merge.invalid", sentInto.Error?.Code);
        Assert.Equal("finding.not_draft", edit.Error?.Code);
    }
}

public sealed class FindingStoreSqliteTests() : FindingStoreContract(StorageProvider.Sqlite);

public sealed class FindingStorePostgresTests() : FindingStoreContract(StorageProvider.PostgreSql);
