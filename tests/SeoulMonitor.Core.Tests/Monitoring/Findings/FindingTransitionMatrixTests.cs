using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

/// <summary>Every (state, event) pair of the finding lifecycle: allowed pairs transition with one audit record, refused ones write nothing.</summary>
public sealed class FindingTransitionMatrixTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    public static TheoryData<FindingState, FindingEvent> Pairs()
    {
        var data = new TheoryData<FindingState, FindingEvent>();
        foreach (var state in Enum.GetValues<FindingState>())
        {
            foreach (var evt in Enum.GetValues<FindingEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Event_EveryState_FollowsTheTable(FindingState state, FindingEvent evt)
    {
        var host = fixture.Host;
        var (task, finding, _) = await host.DraftAsync();
        await host.ForceStateAsync(finding.Id, state);
        var auditBefore = await host.AuditCountAsync();
        var findingAuditBefore = await host.AuditCountAsync(FindingLifecycle.Entity, finding.Id);
        var outboxBefore = (await host.OutboxAsync()).Count;
        var historyBefore = await host.QueryAsync(db => db.Set<FindingUpdate>().CountAsync(u => u.FindingId == finding.Id));
        var expected = host.Time.GetUtcNow().AddDays(30);
        var date = DateOnly.FromDateTime(expected.UtcDateTime);
        var officer = state == FindingState.Draft ? Staff : Officer; // drafts are invisible to departments (not found)

        var error = evt switch
        {
            FindingEvent.Send => (await host.FindingsAsync<IReadOnlyList<FindingView>>((s, ct) => s.SendAsync(task.Id, [finding.Id], Staff, ct))).Error,
            FindingEvent.Acknowledge => (await host.ReflectAsync((s, ct) => s.AcknowledgeAsync(finding.Id, officer, ct))).Error,
            FindingEvent.Accept => (await host.ReflectAsync((s, ct) => s.AcceptAsync(finding.Id, date, officer, ct))).Error,
            FindingEvent.Progress => (await host.ReflectAsync((s, ct) => s.ProgressAsync(finding.Id, 40, date, "설계 중", officer, ct))).Error,
            FindingEvent.Reflect => (await host.ReflectAsync((s, ct) => s.ReflectAsync(finding.Id, "턱을 낮췄습니다", officer, ct))).Error,
            FindingEvent.ReflectPartially => (await host.ReflectAsync((s, ct) => s.ReflectPartiallyAsync(finding.Id, "일부 구간 정비", officer, ct))).Error,
            FindingEvent.Decline => (await host.ReflectAsync((s, ct) => s.DeclineAsync(finding.Id, "예산 부족", officer, ct))).Error,
            FindingEvent.DeferLongTerm => (await host.ReflectAsync((s, ct) => s.DeferLongTermAsync(finding.Id, date, "내년 예산 검토", officer, ct))).Error,
            FindingEvent.Reopen => (await host.ReflectAsync((s, ct) => s.ReopenAsync(finding.Id, "모니터 이의 제기", Staff, ct))).Error,
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        };

        var stored = await host.QueryAsync(db => db.Set<Finding>().AsNoTracking().SingleAsync(f => f.Id == finding.Id));
        var historyAfter = await host.QueryAsync(db => db.Set<FindingUpdate>().CountAsync(u => u.FindingId == finding.Id));
        if (FindingLifecycle.Table.Allows(state, evt))
        {
            Assert.True(error is null, error?.Code);
            Assert.Equal(FindingLifecycle.Table.Fire(state, evt).Value, stored.State);
            Assert.Equal(findingAuditBefore + 1, await host.AuditCountAsync(FindingLifecycle.Entity, finding.Id));
            Assert.Equal(historyBefore + 1, historyAfter);
            Assert.Contains(await host.OutboxAsync(), m => m.Id > 0 && m.Kind == "task-finding-update");
        }
        else
        {
            Assert.Equal("finding.invalid_transition", error?.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(auditBefore, await host.AuditCountAsync());
            Assert.Equal(outboxBefore, (await host.OutboxAsync()).Count);
            Assert.Equal(historyBefore, historyAfter);
        }
    }

    [Fact]
    public async Task Answer_OtherDepartmentOrDraft_RefusedAndWritesNothing()
    {
        var host = fixture.Host;
        var (task, finding, _) = await host.DraftAsync();
        var other = new Actor(ActorKind.Department, "다른부서");
        var draftSeen = await host.ReflectAsync((s, ct) => s.AcknowledgeAsync(finding.Id, Officer, ct));
        await host.SendAsync(task.Id, finding.Id);
        var before = await host.AuditCountAsync();

        var foreign = await host.ReflectAsync((s, ct) => s.AcknowledgeAsync(finding.Id, other, ct));
        var monitor = await host.ReflectAsync((s, ct) => s.AcknowledgeAsync(finding.Id, Actor.Monitor(Guid.NewGuid()), ct));
        var reopenByDepartment = await host.ReflectAsync((s, ct) => s.ReopenAsync(finding.Id, "이의", Officer, ct));

        Assert.Equal("finding.not_found", draftSeen.Error?.Code);
        Assert.Equal("finding.not_found", foreign.Error?.Code);
        Assert.Equal("finding.not_found", monitor.Error?.Code);
        Assert.Equal("finding.forbidden", reopenByDepartment.Error?.Code);
        Assert.Equal(before, await host.AuditCountAsync());
    }

    [Fact]
    public async Task Answers_RequiredInputs_RefusedWithStableCodes()
    {
        var host = fixture.Host;
        var (task, finding, _) = await host.DraftAsync();
        await host.SendAsync(task.Id, finding.Id);
        var today = SeoulCalendar.DateAt(host.Time.GetUtcNow());
        var outbox = (await host.OutboxAsync()).Count;

        var decline = await host.ReflectAsync((s, ct) => s.DeclineAsync(finding.Id, "  ", Officer, ct));
        var reflect = await host.ReflectAsync((s, ct) => s.ReflectAsync(finding.Id, null, Officer, ct));
        var defer = await host.ReflectAsync((s, ct) => s.DeferLongTermAsync(finding.Id, null, "검토", Officer, ct));
        var past = await host.ReflectAsync((s, ct) => s.AcceptAsync(finding.Id, today.AddDays(-1), Officer, ct));
        var far = await host.ReflectAsync((s, ct) => s.AcceptAsync(finding.Id, today.AddYears(FindingLimits.ExpectedDateMaxYears).AddDays(1), Officer, ct));
        var over = await host.ReflectAsync((s, ct) => s.ProgressAsync(finding.Id, 101, null, null, Officer, ct));
        var under = await host.ReflectAsync((s, ct) => s.ProgressAsync(finding.Id, -1, null, null, Officer, ct));
        var missing = await host.ReflectAsync((s, ct) => s.ProgressAsync(finding.Id, null, null, null, Officer, ct));
        var tooLong = await host.ReflectAsync((s, ct) => s.ReflectAsync(finding.Id, new string('가', FindingLimits.ResponseMaxLength + 1), Officer, ct));

        Assert.Equal("finding.reason_required", decline.Error?.Code);
        Assert.Equal("finding.response_required", reflect.Error?.Code);
        Assert.Equal("finding.expected_date.required", defer.Error?.Code);
        Assert.Equal("finding.expected_date.out_of_range", past.Error?.Code);
        Assert.Equal("finding.expected_date.out_of_range", far.Error?.Code);
        Assert.Equal("finding.progress.out_of_range", over.Error?.Code);
        Assert.Equal("finding.progress.out_of_range", under.Error?.Code);
        Assert.Equal("finding.progress.out_of_range", missing.Error?.Code);
        Assert.Equal("finding.text.too_long", tooLong.Error?.Code);
        Assert.Equal(outbox, (await host.OutboxAsync()).Count);

        var zero = await host.ReflectAsync((s, ct) => s.ProgressAsync(finding.Id, 0, today, null, Officer, ct));
        var full = await host.ReflectAsync((s, ct) => s.ProgressAsync(finding.Id, 100, today.AddYears(FindingLimits.ExpectedDateMaxYears), null, Officer, ct));
        var longest = await host.ReflectAsync((s, ct) => s.ReflectAsync(finding.Id, new string('가', FindingLimits.ResponseMaxLength), Officer, ct));
        Assert.True(zero.IsSuccess && full.IsSuccess && longest.IsSuccess, zero.Error?.Code ?? full.Error?.Code ?? longest.Error?.Code);
        Assert.Equal(100, longest.Value.Progress);
        Assert.NotNull(longest.Value.Response);
        Assert.NotNull((await host.QueryAsync(db => db.Set<Finding>().SingleAsync(f => f.Id == finding.Id))).AcknowledgedAt);
    }
}
