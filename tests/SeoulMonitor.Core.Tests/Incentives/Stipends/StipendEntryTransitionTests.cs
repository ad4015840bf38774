using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>Every (state, staff event) pair of the stipend-entry lifecycle: allowed ones audited once, refused ones write nothing.</summary>
public sealed class StipendEntryTransitionTests
{
    public static TheoryData<StipendEntryState, StipendEntryEvent> Pairs()
    {
        var data = new TheoryData<StipendEntryState, StipendEntryEvent>();
        foreach (var state in Enum.GetValues<StipendEntryState>())
        {
            foreach (var evt in new[] { StipendEntryEvent.Approve, StipendEntryEvent.Hold, StipendEntryEvent.Release })
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Fire_EachStateAndEvent_FollowsTheTable(StipendEntryState state, StipendEntryEvent evt)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var line = await host.AddLineAsync();
        var entry = await host.DbAsync(async db =>
        {
            var l = await db.Set<BudgetLine>().SingleAsync(x => x.Id == line);
            l.Committed = state is StipendEntryState.Approved or StipendEntryState.Exported ? 30_000 : 0;
            l.Paid = state == StipendEntryState.Paid ? 30_000 : 0;
            var now = host.Time.GetUtcNow();
            var e = new StipendEntry
            {
                Id = Guid.NewGuid(), DerivationKey = $"participation:{Guid.NewGuid():D}", Kind = StipendEntryKind.Participation, Year = StipendArrange.Year,
                MonitorId = Guid.NewGuid(), SourceId = Guid.NewGuid(), Amount = 30_000, BudgetLineId = line, State = state, CreatedAt = now, UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            db.Add(e);
            return e.Id;
        });
        var before = await host.LineAsync(line);

        var result = evt switch
        {
            StipendEntryEvent.Approve => (await host.ApproveAsync(entry)).Map(v => v[0]),
            StipendEntryEvent.Hold => await host.RunAsync<StipendEntryService, Result<StipendEntryView>>((s, ct) => s.HoldAsync(entry, "증빙 확인 중", StipendArrange.Staff, ct)),
            _ => await host.RunAsync<StipendEntryService, Result<StipendEntryView>>((s, ct) => s.ReleaseAsync(entry, StipendArrange.Staff, ct)),
        };

        var after = await host.LineAsync(line);
        var allowed = StipendEntryLifecycle.Table.Fire(state, evt);
        if (allowed.IsSuccess)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(allowed.Value, result.Value.State);
            Assert.Equal(1, await host.AuditCountAsync(StipendEntryLifecycle.Entity, entry));
            var expectedCommitted = evt == StipendEntryEvent.Approve ? before.Committed + 30_000
                : state == StipendEntryState.Approved && evt == StipendEntryEvent.Hold ? before.Committed - 30_000
                : before.Committed;
            Assert.Equal(expectedCommitted, after.Committed);
        }
        else
        {
            Assert.Equal("stipend_entry.invalid_transition", result.Error?.Code);
            Assert.Equal(0, await host.AuditCountAsync(StipendEntryLifecycle.Entity, entry));
            Assert.Equal((before.Committed, before.Paid), (after.Committed, after.Paid));
            Assert.Equal(state, Assert.Single(await host.EntriesAsync()).State);
        }
    }

    [Theory]
    [InlineData(null, "stipend.reason.invalid")]
    [InlineData(" x ", "stipend.reason.invalid")]
    [InlineData("확인", null)]
    public async Task Hold_ReasonAtLimits_AcceptedOrRefused(string? reason, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        await host.AddLineAsync();
        await host.AddParticipationAsync(await host.AddTaskAsync());
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var entry = Assert.Single(await host.EntriesAsync());

        var result = await host.RunAsync<StipendEntryService, Result<StipendEntryView>>((s, ct) => s.HoldAsync(entry.Id, reason, StipendArrange.Staff, ct));

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public async Task Approve_WrongRoleBadIdsOrReversal_RefusedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var line = await host.AddLineAsync();
        var participation = await host.AddParticipationAsync(await host.AddTaskAsync());
        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        await host.SetParticipationStateAsync(participation, SeoulMonitor.Core.Monitoring.Recruitment.ParticipationState.Withdrawn);
        await host.RecalculatedAsync();
        var reversal = (await host.EntriesAsync()).Single(e => e.Kind == StipendEntryKind.Reversal);

        var monitor = await host.RunAsync<StipendEntryService, Result<IReadOnlyList<StipendEntryView>>>((s, ct) => s.ApproveAsync([reversal.Id], Actor.Monitor(Guid.NewGuid()), ct));
        var none = await host.ApproveAsync();
        var duplicate = await host.ApproveAsync(reversal.Id, reversal.Id);
        var tooMany = await host.ApproveAsync(Enumerable.Range(0, StipendLimits.MaxApprovalBatch + 1).Select(_ => Guid.NewGuid()).ToArray());
        var unknown = await host.ApproveAsync(Guid.NewGuid());
        var ofReversal = await host.ApproveAsync(reversal.Id);

        Assert.Equal(
            ["stipend.forbidden", "stipend.ids.invalid", "stipend.ids.invalid", "stipend.ids.invalid", "stipend.entry_not_found", "stipend.reversal_not_approvable"],
            new[] { monitor, none, duplicate, tooMany, unknown, ofReversal }.Select(r => r.Error?.Code));
        Assert.Equal(0, (await host.LineAsync(line)).Committed);
    }
}
