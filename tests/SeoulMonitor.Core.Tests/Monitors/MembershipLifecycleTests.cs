using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitors.MonitorTestKit;

namespace SeoulMonitor.Core.Tests.Monitors;

/// <summary>Every (state, event) pair of the membership lifecycle, on SQLite, on the first day after the first term.</summary>
public sealed class MembershipLifecycleTests
{
    /// <summary>2027-01-01 00:00 in Seoul: the 2026 term is over, so Expire and (early) Renew are both possible.</summary>
    private static readonly DateTimeOffset AfterFirstTerm = new(2026, 12, 31, 15, 0, 0, TimeSpan.Zero);

    public static TheoryData<MembershipState, MembershipEvent> AllPairs()
    {
        var data = new TheoryData<MembershipState, MembershipEvent>();
        foreach (var state in Enum.GetValues<MembershipState>())
        {
            foreach (var evt in Enum.GetValues<MembershipEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public async Task Fire_EveryStateAndEvent_AllowedWritesOneAuditRecordOthersRefusedAndWriteNothing(MembershipState state, MembershipEvent evt)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var notice = await PublishNoticeAsync(host);
        var member = await MemberAsync(host, notice.Id);
        host.Time.SetUtcNow(AfterFirstTerm);
        await DriveAsync(host, member.Id, state);
        var before = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.GetAsync(member.Id, Ct)));
        var auditBefore = await AuditCountAsync(host);

        var result = await FireAsync(host, member.Id, evt);

        var after = await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.GetAsync(member.Id, Ct)));
        if (MembershipLifecycle.Table.Fire(state, evt) is { IsSuccess: true } expected)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(expected.Value, after.State);
            Assert.Equal(auditBefore + 1, await AuditCountAsync(host));
            var last = (await AuditOfAsync(host, "membership", member.Id))[^1];
            Assert.Equal((evt.ToString(), state.ToString(), expected.Value.ToString()), (last.Event, last.FromState, last.ToState));
        }
        else
        {
            Assert.Equal("membership.invalid_transition", result.Error?.Code);
            Assert.Equal(before, after);
            Assert.Equal(auditBefore, await AuditCountAsync(host));
        }
    }

    [Fact]
    public void Table_EveryStateAndEvent_HasEnglishAndKoreanNames()
    {
        Assert.All(Enum.GetNames<MembershipState>(), n => Assert.True(StatusNames.HasNames(typeof(MembershipState), n), n));
        Assert.All(Enum.GetNames<MembershipEvent>(), n => Assert.True(StatusNames.HasNames(typeof(MembershipEvent), n), n));
    }

    [Fact]
    public void Table_WithdrawnAndRemoved_AreTerminal()
    {
        foreach (var state in new[] { MembershipState.Withdrawn, MembershipState.Removed })
        {
            Assert.True(MembershipLifecycle.IsTerminal(state));
            Assert.All(Enum.GetValues<MembershipEvent>(), e => Assert.False(MembershipLifecycle.Table.Allows(state, e)));
        }
    }

    internal static Task<Result<MembershipView>> FireAsync(CoreTestHost host, Guid id, MembershipEvent evt) =>
        host.WithAsync<MembershipService, Result<MembershipView>>(s => evt switch
        {
            MembershipEvent.Suspend => s.SuspendAsync(StaffKim, id, "활동 보고서 미제출", Ct),
            MembershipEvent.Reinstate => s.ReinstateAsync(StaffKim, id, Ct),
            MembershipEvent.Withdraw => s.WithdrawAsync(Actor.Monitor(id), id, "개인 사정", Ct),
            MembershipEvent.Remove => s.RemoveAsync(StaffKim, id, "활동 규정 위반", Ct),
            MembershipEvent.Expire => s.ExpireAsync(Actor.System, id, Ct),
            MembershipEvent.Renew => s.RenewAsync(Actor.Monitor(id), id, Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        });

    internal static async Task DriveAsync(CoreTestHost host, Guid id, MembershipState state)
    {
        MembershipEvent? evt = state switch
        {
            MembershipState.Active => null,
            MembershipState.Suspended => MembershipEvent.Suspend,
            MembershipState.Withdrawn => MembershipEvent.Withdraw,
            MembershipState.Removed => MembershipEvent.Remove,
            MembershipState.Expired => MembershipEvent.Expire,
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        if (evt is { } e)
        {
            await Succeeds(FireAsync(host, id, e));
        }
    }
}
