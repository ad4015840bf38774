using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

/// <summary>The reflection SLA with a fake clock: one reminder before, one overdue notice after, nothing after an answer.</summary>
public abstract class ReflectionSlaContract(StorageProvider provider)
{
    [Fact]
    public async Task Run_AcrossTheDeadline_RemindsOnceAndFlagsOverdueOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, finding, _) = await host.DraftAsync();
        await host.SendAsync(task.Id, finding.Id);
        var sentAt = host.Time.GetUtcNow();
        var respondBy = sentAt.AddDays(30);

        host.Time.SetUtcNow(respondBy.AddDays(-7).AddSeconds(-1));
        var early = await RunAsync(host);
        host.Time.SetUtcNow(respondBy.AddDays(-7));
        var reminder = await RunAsync(host);
        var again = await RunAsync(host);
        var beforeDue = await ViewAsync(host, finding.Id);
        host.Time.SetUtcNow(respondBy.AddSeconds(-1));
        var justBefore = await RunAsync(host);
        host.Time.SetUtcNow(respondBy);
        var overdue = await RunAsync(host);
        var overdueAgain = await RunAsync(host);
        var atDue = await ViewAsync(host, finding.Id);
        host.Time.Advance(TimeSpan.FromDays(10));
        var later = await RunAsync(host);

        Assert.Equal(new ReflectionSlaRun(0, 0, 0), early);
        Assert.Equal(new ReflectionSlaRun(1, 0, 1), reminder);
        Assert.Equal(new ReflectionSlaRun(0, 0, 0), again);
        Assert.Equal(new ReflectionSlaRun(0, 0, 0), justBefore);
        Assert.Equal(new ReflectionSlaRun(0, 1, 1), overdue);
        Assert.Equal(new ReflectionSlaRun(0, 0, 0), overdueAgain);
        Assert.Equal(new ReflectionSlaRun(0, 0, 0), later);
        Assert.False(beforeDue.Overdue);
        Assert.True(atDue.Overdue);
        Assert.Single(await host.OutboxAsync(MonitoringNoticeKinds.ReflectionReminder), m => m.To == DepartmentEmail);
        Assert.Single(await host.OutboxAsync(MonitoringNoticeKinds.ReflectionOverdue), m => m.To == DepartmentEmail);
        var inbox = await host.RunAsync<FindingReader, Result<IReadOnlyList<DepartmentFindingView>>>((r, ct) => r.InboxAsync(Officer, null, true, ct));
        Assert.Equal([finding.Id], inbox.Value.Select(f => f.Id));
        var notOverdue = await host.RunAsync<FindingReader, Result<IReadOnlyList<DepartmentFindingView>>>((r, ct) => r.InboxAsync(Officer, null, false, ct));
        Assert.Empty(notOverdue.Value);
    }

    [Fact]
    public async Task Run_AnsweredBeforeTheReminder_SendsNothingAndIsNotOverdue()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, finding, _) = await host.DraftAsync();
        await host.SendAsync(task.Id, finding.Id);
        await host.ReflectAsync((s, ct) => s.DeclineAsync(finding.Id, "예산이 없습니다", Officer, ct));

        host.Time.Advance(TimeSpan.FromDays(25));
        var reminder = await RunAsync(host);
        host.Time.Advance(TimeSpan.FromDays(10));
        var overdue = await RunAsync(host);

        Assert.Equal(new ReflectionSlaRun(0, 0, 0), reminder);
        Assert.Equal(new ReflectionSlaRun(0, 0, 0), overdue);
        Assert.False((await ViewAsync(host, finding.Id)).Overdue);
    }

    [Fact]
    public async Task Run_AcknowledgedButUnanswered_StillOverdue_ReopenRestartsTheClock()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (task, finding, _) = await host.DraftAsync();
        await host.SendAsync(task.Id, finding.Id);
        await host.ReflectAsync((s, ct) => s.AcknowledgeAsync(finding.Id, Officer, ct));
        host.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(new ReflectionSlaRun(0, 1, 1), await RunAsync(host));
        await host.ReflectAsync((s, ct) => s.ReflectAsync(finding.Id, "정비 완료", Officer, ct));

        var reopened = await host.ReflectAsync((s, ct) => s.ReopenAsync(finding.Id, "현장이 그대로입니다", Staff, ct));
        host.Time.Advance(TimeSpan.FromDays(23));
        var reminder = await RunAsync(host);

        Assert.Equal(FindingState.Acknowledged, reopened.Value.State);
        Assert.Null(reopened.Value.Response);
        Assert.Equal(host.Time.GetUtcNow().AddDays(7), reopened.Value.RespondBy);
        Assert.Equal(new ReflectionSlaRun(1, 0, 1), reminder);
        var toDepartment = await host.OutboxAsync(MonitoringNoticeKinds.FindingsSent);
        Assert.Equal(2, toDepartment.Count);
        Assert.Contains("현장이 그대로입니다", toDepartment[1].TextBody, StringComparison.Ordinal);
    }

    private static Task<ReflectionSlaRun> RunAsync(CoreTestHost host) => host.RunAsync<ReflectionSlaService, ReflectionSlaRun>((s, ct) => s.RunAsync(ct));

    private static async Task<DepartmentFindingView> ViewAsync(CoreTestHost host, Guid id) =>
        (await host.RunAsync<FindingReader, Result<DepartmentFindingView>>((r, ct) => r.GetForDepartmentAsync(id, Officer, ct))).Value;
}

public sealed class ReflectionSlaSqliteTests() : ReflectionSlaContract(StorageProvider.Sqlite);

public sealed class ReflectionSlaPostgresTests() : ReflectionSlaContract(StorageProvider.PostgreSql);
