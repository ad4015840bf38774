using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Communities.CommunityArrange;

namespace SeoulMonitor.Core.Tests.Communities;

/// <summary>Every (state, event) pair of the community and community-membership lifecycles (G1).</summary>
public sealed class CommunityTransitionMatrixTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    public static TheoryData<CommunityState, CommunityEvent> CommunityPairs =>
        Pairs<CommunityState, CommunityEvent>();

    public static TheoryData<CommunityMemberState, CommunityMemberEvent> MemberPairs =>
        Pairs<CommunityMemberState, CommunityMemberEvent>();

    [Theory]
    [MemberData(nameof(CommunityPairs))]
    public async Task CommunityEvent_EveryState_FollowsTheTable(CommunityState state, CommunityEvent evt)
    {
        var host = fixture.Host;
        var community = await host.CommunityInStateAsync(state);
        var other = await host.AddMonitorAsync();
        if (state == CommunityState.Active)
        {
            Assert.True((await host.MemberAsync((s, ct) => s.RequestToJoinAsync(community.Id, other, ct))).IsSuccess);
            Assert.True((await host.MemberAsync((s, ct) => s.AcceptRequestAsync(community.Id, other, Staff, ct))).IsSuccess);
        }

        var totalBefore = await host.AuditCountAsync();
        var entityBefore = await host.AuditCountAsync(CommunityLifecycle.CommunityEntity, community.Id);

        var result = await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => evt switch
        {
            CommunityEvent.Approve => s.ApproveAsync(community.Id, Staff, ct),
            CommunityEvent.Reject => s.RejectAsync(community.Id, "주제가 모호함", Staff, ct),
            CommunityEvent.Dissolve => s.DissolveAsync(community.Id, "활동 종료", Staff, ct),
            CommunityEvent.HandOver => s.HandOverAsync(community.Id, other, Staff, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        });

        var stored = (await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.GetAsync(community.Id, ct))).Value;
        if (CommunityLifecycle.Community.Allows(state, evt))
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(CommunityLifecycle.Community.Fire(state, evt).Value, stored.State);
            Assert.Equal(entityBefore + 1, await host.AuditCountAsync(CommunityLifecycle.CommunityEntity, community.Id));
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.Equal("community.invalid_transition", result.Error.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(totalBefore, await host.AuditCountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(MemberPairs))]
    public async Task MemberEvent_EveryState_FollowsTheTable(CommunityMemberState state, CommunityMemberEvent evt)
    {
        var host = fixture.Host;
        var (community, monitor) = await host.MemberInStateAsync(state);
        var rowId = await host.QueryAsync(db => db.Set<CommunityMember>().Where(m => m.CommunityId == community.Id && m.MonitorId == monitor)
            .Select(m => m.Id).SingleAsync(TestContext.Current.CancellationToken));
        var totalBefore = await host.AuditCountAsync();
        var rowBefore = await host.AuditCountAsync(CommunityLifecycle.MemberEntity, rowId);

        var result = await FireAsync(host, community.Id, monitor, evt);

        var stored = await host.QueryAsync(db => db.Set<CommunityMember>().AsNoTracking().SingleAsync(m => m.Id == rowId, TestContext.Current.CancellationToken));
        var allowed = CommunityLifecycle.Member.Allows(state, evt);
        if (allowed)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(CommunityLifecycle.Member.Fire(state, evt).Value, stored.State);
            Assert.Equal(rowBefore + 1, await host.AuditCountAsync(CommunityLifecycle.MemberEntity, rowId));
        }
        else if (evt == CommunityMemberEvent.Disband)
        {
            // Dissolution itself succeeds; a relation the table does not end is left as it was, with no record.
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(rowBefore, await host.AuditCountAsync(CommunityLifecycle.MemberEntity, rowId));
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.Equal("community_member.invalid_transition", result.Error.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(totalBefore, await host.AuditCountAsync());
        }
    }

    private static async Task<Result<string>> FireAsync(CoreTestHost host, Guid c, Guid m, CommunityMemberEvent evt)
    {
        if (evt == CommunityMemberEvent.Disband)
        {
            var dissolved = await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.DissolveAsync(c, "활동 종료", Staff, ct));
            return dissolved.IsSuccess ? dissolved.Value.State.ToString() : dissolved.Error;
        }

        var result = await host.MemberAsync((s, ct) => evt switch
        {
            CommunityMemberEvent.Request => s.RequestToJoinAsync(c, m, ct),
            CommunityMemberEvent.Invite => s.InviteAsync(c, m, Staff, ct),
            CommunityMemberEvent.AcceptRequest => s.AcceptRequestAsync(c, m, Staff, ct),
            CommunityMemberEvent.DeclineRequest => s.DeclineRequestAsync(c, m, Staff, ct),
            CommunityMemberEvent.WithdrawRequest => s.WithdrawRequestAsync(c, m, ct),
            CommunityMemberEvent.AcceptInvitation => s.AcceptInvitationAsync(c, m, ct),
            CommunityMemberEvent.DeclineInvitation => s.DeclineInvitationAsync(c, m, ct),
            CommunityMemberEvent.RevokeInvitation => s.RevokeInvitationAsync(c, m, Staff, ct),
            CommunityMemberEvent.Leave => s.LeaveAsync(c, m, ct),
            CommunityMemberEvent.Remove => s.RemoveAsync(c, m, "활동 규칙 위반", Staff, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(evt)),
        });
        return result.IsSuccess ? result.Value.State.ToString() : result.Error;
    }

    private static TheoryData<TState, TEvent> Pairs<TState, TEvent>()
        where TState : struct, Enum
        where TEvent : struct, Enum
    {
        var data = new TheoryData<TState, TEvent>();
        foreach (var state in Enum.GetValues<TState>())
        {
            foreach (var evt in Enum.GetValues<TEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }
}
