using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

/// <summary>
/// Text that reaches a department by the paths the draft checks do not see: a merge that brings in new contributors,
/// and staff's reopening reason (the department's history and notice). Each is refused and writes nothing.
/// </summary>
public sealed class FindingPersonalDataGapsTests
{
    [Fact]
    public async Task Merge_TargetTextNamesAnIncomingContributor_RefusedPersonalDataAndNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (task, target, _) = await host.DraftAsync();
        var other = await host.AddPersonAsync("선우은숙");
        var submission = await host.AddSubmissionAsync(task.Id, other.Id, """{"safety":2,"problem":"조명","opinion":"밤에 어둡습니다"}""");
        var edited = await host.FindingsAsync<FindingView>((s, ct) => s.EditAsync(target.Id, "보도 턱 낮추기", "선우은숙 님 의견과 같이 턱이 높다", Staff, ct));
        Assert.True(edited.IsSuccess, edited.Error?.Code);
        var incoming = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "조명 개선", "밤에 어둡다는 의견", [submission.Id], Staff, ct));
        Assert.True(incoming.IsSuccess, incoming.Error?.Code);
        var before = await CountsAsync(host);

        var merged = await host.FindingsAsync<FindingView>((s, ct) => s.MergeAsync(target.Id, [incoming.Value.Id], Staff, ct));

        Assert.Equal("finding.text.personal_data", merged.Error?.Code);
        Assert.Equal(before, await CountsAsync(host));
    }

    [Fact]
    public async Task Merge_TextNamesNoContributor_Merged()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (task, target, _) = await host.DraftAsync();
        var other = await host.AddPersonAsync("선우은숙");
        var submission = await host.AddSubmissionAsync(task.Id, other.Id, """{"safety":2,"problem":"조명","opinion":"밤에 어둡습니다"}""");
        var incoming = await host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, "조명 개선", "밤에 어둡다는 의견", [submission.Id], Staff, ct));

        var merged = await host.FindingsAsync<FindingView>((s, ct) => s.MergeAsync(target.Id, [incoming.Value.Id], Staff, ct));

        Assert.True(merged.IsSuccess, merged.Error?.Code);
    }

    [Theory]
    [InlineData("홍길동 모니터가 이의를 제기했습니다")]
    [InlineData("모니터 연락처 010-2345-6789 로 확인함")]
    [InlineData("hong.gildong@example.kr 님의 이의")]
    public async Task Reopen_ReasonWithPersonalData_RefusedAndNothingWritten(string reason)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (task, finding, _) = await host.DraftAsync();
        await host.SendAsync(task.Id, finding.Id);
        Assert.True((await host.ReflectAsync((s, ct) => s.DeclineAsync(finding.Id, "예산이 없습니다", Officer, ct))).IsSuccess);
        var before = await CountsAsync(host);

        var reopened = await host.ReflectAsync((s, ct) => s.ReopenAsync(finding.Id, reason, Staff, ct));

        Assert.Equal("finding.reason.personal_data", reopened.Error?.Code);
        Assert.Equal(before, await CountsAsync(host));
    }

    [Fact]
    public async Task Reopen_ReasonWithoutPersonalData_Reopened()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (task, finding, _) = await host.DraftAsync();
        await host.SendAsync(task.Id, finding.Id);
        Assert.True((await host.ReflectAsync((s, ct) => s.DeclineAsync(finding.Id, "예산이 없습니다", Officer, ct))).IsSuccess);

        var reopened = await host.ReflectAsync((s, ct) => s.ReopenAsync(finding.Id, "참여 모니터의 이의 제기: 예산 외 대안 검토 요청", Staff, ct));

        Assert.True(reopened.IsSuccess, reopened.Error?.Code);
        Assert.Equal(FindingState.Acknowledged, reopened.Value.State);
    }

    private static Task<(int Findings, int Sources, int Updates, int Audit, int Outbox)> CountsAsync(CoreTestHost host) =>
        host.QueryAsync(async db => (
            await db.Set<Finding>().CountAsync(), await db.Set<FindingSource>().CountAsync(), await db.Set<FindingUpdate>().CountAsync(),
            await db.Set<AuditEntry>().CountAsync(), await db.Set<OutboxMessage>().CountAsync()));
}
