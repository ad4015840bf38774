using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Communities.CommunityArrange;

namespace SeoulMonitor.Core.Tests.Communities;

/// <summary>Community behaviour that depends on the store (locks, uniqueness, cascades), on each provider.</summary>
public abstract class CommunityStoreContract(StorageProvider provider)
{
    [Fact]
    public async Task HandOver_ConcurrentAttempts_ExactlyOneLeader()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var community = await host.CommunityInStateAsync(CommunityState.Active);
        var leader = community.LeaderId!.Value;
        var candidates = await host.AddMonitorsAsync(6);
        foreach (var m in candidates)
        {
            Assert.True((await host.MemberAsync((s, ct) => s.RequestToJoinAsync(community.Id, m, ct))).IsSuccess);
            Assert.True((await host.MemberAsync((s, ct) => s.AcceptRequestAsync(community.Id, m, Actor.Monitor(leader), ct))).IsSuccess);
        }

        var results = await Task.WhenAll(candidates.Select(m => Task.Run(() =>
            host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.HandOverAsync(community.Id, m, Actor.Monitor(leader), ct)))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("community.not_leader", r.Error!.Code));
        var newLeader = results.Single(r => r.IsSuccess).Value.LeaderId;
        var leaders = await host.QueryAsync(db => db.Set<CommunityMember>()
            .Where(m => m.CommunityId == community.Id && m.Role == CommunityRole.Leader).Select(m => m.MonitorId).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([newLeader!.Value], leaders);
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task Found_SameNameDifferentCase_IsRefusedUntilTheFirstIsRejected()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var first = await host.FoundAsync(await host.AddMonitorAsync(), "Gangnam Safety Walkers");
        var second = await host.AddMonitorAsync();

        var duplicate = await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) =>
            s.FoundAsync(second, new FoundCommunityRequest("  gangnam SAFETY walkers ", null, "Safety"), ct));
        await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.RejectAsync(first.Id, "중복", Staff, ct));
        var afterRejection = await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) =>
            s.FoundAsync(second, new FoundCommunityRequest("gangnam safety walkers", null, "Safety"), ct));

        Assert.Equal("community.name_taken", duplicate.Error?.Code);
        Assert.True(afterRejection.IsSuccess, afterRejection.Error?.Code);
    }

    [Fact]
    public async Task Found_ConcurrentSameName_OnlyOneSucceeds()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var founders = await host.AddMonitorsAsync(6);

        var results = await Task.WhenAll(founders.Select(f => Task.Run(() => host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) =>
            s.FoundAsync(f, new FoundCommunityRequest("마포 환경 지킴이", null, "Environment"), ct)))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("community.name_taken", r.Error!.Code));
    }

    [Fact]
    public async Task Leave_LeaderWithMembers_MustHandOverFirst_LastLeaderDissolves()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var community = await host.CommunityInStateAsync(CommunityState.Active);
        var leader = community.LeaderId!.Value;
        var member = await host.AddMonitorAsync();
        var pending = await host.AddMonitorAsync();
        await host.MemberAsync((s, ct) => s.InviteAsync(community.Id, member, Actor.Monitor(leader), ct));
        await host.MemberAsync((s, ct) => s.AcceptInvitationAsync(community.Id, member, ct));
        await host.MemberAsync((s, ct) => s.RequestToJoinAsync(community.Id, pending, ct));

        var refused = await host.MemberAsync((s, ct) => s.LeaveAsync(community.Id, leader, ct));
        var memberLeft = await host.MemberAsync((s, ct) => s.LeaveAsync(community.Id, member, ct));
        var leaderLeft = await host.MemberAsync((s, ct) => s.LeaveAsync(community.Id, leader, ct));

        Assert.Equal("community.leader_must_hand_over", refused.Error?.Code);
        Assert.True(memberLeft.IsSuccess);
        Assert.Equal(CommunityMemberState.Left, leaderLeft.Value.State);
        var stored = (await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.GetAsync(community.Id, ct))).Value;
        Assert.Equal(CommunityState.Dissolved, stored.State);
        Assert.Null(stored.LeaderId);
        var mine = await host.RunAsync<CommunityMembershipService, IReadOnlyList<MonitorCommunityView>>((s, ct) => s.ForMonitorAsync(pending, ct));
        Assert.Equal(CommunityMemberState.Cancelled, Assert.Single(mine).Membership.State);
    }

    [Fact]
    public async Task LeaderActions_ByAnotherMonitor_AreForbiddenAndWriteNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var community = await host.CommunityInStateAsync(CommunityState.Active);
        var outsider = await host.AddMonitorAsync();
        var target = await host.AddMonitorAsync();
        var before = await host.AuditCountAsync();

        var invite = await host.MemberAsync((s, ct) => s.InviteAsync(community.Id, target, Actor.Monitor(outsider), ct));
        var handOver = await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.HandOverAsync(community.Id, outsider, Actor.Monitor(outsider), ct));
        var dissolve = await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.DissolveAsync(community.Id, null, Actor.Monitor(outsider), ct));

        Assert.All(new[] { invite.Error, handOver.Error, dissolve.Error }, e => Assert.Equal("community.not_leader", e?.Code));
        Assert.Equal(before, await host.AuditCountAsync());
    }
}

public sealed class CommunityStoreSqliteTests() : CommunityStoreContract(StorageProvider.Sqlite);

public sealed class CommunityStorePostgresTests() : CommunityStoreContract(StorageProvider.PostgreSql);
