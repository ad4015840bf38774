using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Communities;

/// <summary>Brings communities and memberships into given states through the services.</summary>
internal static class CommunityArrange
{
    public static readonly Actor Staff = Actor.Staff("staff-kim");

    public static async Task<CommunityView> FoundAsync(this CoreTestHost host, Guid founder, string? name = null)
    {
        var result = await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) =>
            s.FoundAsync(founder, new FoundCommunityRequest(name ?? $"모니터 모임 {Guid.NewGuid():N}"[..20], "동네 안전 점검", "Safety"), ct));
        return result.Value;
    }

    public static async Task<CommunityView> CommunityInStateAsync(this CoreTestHost host, CommunityState state)
    {
        var founder = await host.AddMonitorAsync();
        var community = await host.FoundAsync(founder);
        var result = state switch
        {
            CommunityState.Proposed => community,
            CommunityState.Rejected => (await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.RejectAsync(community.Id, "중복된 주제", Staff, ct))).Value,
            _ => (await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.ApproveAsync(community.Id, Staff, ct))).Value,
        };
        if (state == CommunityState.Dissolved)
        {
            result = (await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.DissolveAsync(community.Id, "활동 종료", Staff, ct))).Value;
        }

        Assert.Equal(state, result.State);
        return result;
    }

    public static Task<Result<CommunityMemberView>> MemberAsync(
        this CoreTestHost host, Func<CommunityMembershipService, CancellationToken, Task<Result<CommunityMemberView>>> work) =>
        host.RunAsync(work);

    /// <summary>An active community with its leader and one more monitor whose relation is in <paramref name="state"/>.</summary>
    public static async Task<(CommunityView Community, Guid Monitor)> MemberInStateAsync(this CoreTestHost host, CommunityMemberState state)
    {
        var community = await host.CommunityInStateAsync(CommunityState.Active);
        var monitor = await host.AddMonitorAsync();
        var id = community.Id;
        Func<CommunityMembershipService, Guid, Guid, CancellationToken, Task<Result<CommunityMemberView>>>[] steps = state switch
        {
            CommunityMemberState.Requested => [Request],
            CommunityMemberState.Invited => [Invite],
            CommunityMemberState.Member => [Request, Accept],
            CommunityMemberState.Declined => [Request, (s, c, m, ct) => s.DeclineRequestAsync(c, m, Staff, ct)],
            CommunityMemberState.Cancelled => [Request, (s, c, m, ct) => s.WithdrawRequestAsync(c, m, ct)],
            CommunityMemberState.Left => [Request, Accept, (s, c, m, ct) => s.LeaveAsync(c, m, ct)],
            CommunityMemberState.Removed => [Request, Accept, (s, c, m, ct) => s.RemoveAsync(c, m, "활동 규칙 위반", Staff, ct)],
            _ => [],
        };
        foreach (var step in steps)
        {
            var result = await host.MemberAsync((s, ct) => step(s, id, monitor, ct));
            Assert.True(result.IsSuccess, result.Error?.Code);
        }

        return (community, monitor);
    }

    private static Task<Result<CommunityMemberView>> Request(CommunityMembershipService s, Guid c, Guid m, CancellationToken ct) => s.RequestToJoinAsync(c, m, ct);

    private static Task<Result<CommunityMemberView>> Invite(CommunityMembershipService s, Guid c, Guid m, CancellationToken ct) => s.InviteAsync(c, m, Staff, ct);

    private static Task<Result<CommunityMemberView>> Accept(CommunityMembershipService s, Guid c, Guid m, CancellationToken ct) => s.AcceptRequestAsync(c, m, Staff, ct);
}
