using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>
/// A community's stipend entries and recoveries as its leader sees them, on each provider: their own community only
/// (another community's leader and a member are refused, an unknown community is not found), staff see any.
/// </summary>
public abstract class CommunityStipendsContract(StorageProvider provider)
{
    private static Task<Result<CommunityStipends>> ReadAsync(CoreTestHost host, Guid community, Actor actor, int year = StipendArrange.Year) =>
        host.RunAsync<StipendQueries, Result<CommunityStipends>>((s, ct) => s.CommunityAsync(community, year, actor, ct));

    [Fact]
    public async Task Community_LeaderOfAPaidThenRejectedActivity_SeesOwnEntriesAndRecoveryOnly()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AddLineAsync();
        var (leader, otherLeader, member) = (await host.AddPersonAsync(), await host.AddPersonAsync(), await host.AddPersonAsync());
        var community = await host.AddCommunityAsync(leader);
        var other = await host.AddCommunityAsync(otherLeader, name: "마포 자전거 모임");
        var activity = await host.AddActivityAsync(community);
        await host.AddActivityAsync(other);
        await host.SetRuleAsync(30_000, perActivity: 50_000);
        await host.RecalculatedAsync();
        Assert.True((await host.ApproveAsync((await host.EntriesAsync()).Select(e => e.Id).ToArray())).IsSuccess);
        await host.PaidAsync((await host.ExportedAsync("2026-03")).Id);
        var rejected = await host.RunAsync<CommunityActivityService, Result<CommunityActivityView>>((s, ct) =>
            s.RejectAsync(activity, "영수증 미제출", StipendArrange.Staff, ct));
        Assert.True(rejected.IsSuccess, rejected.Error?.Code);
        await host.RecalculatedAsync();

        var mine = await ReadAsync(host, community, Actor.Monitor(leader));
        var staff = await ReadAsync(host, other, StipendArrange.Staff);
        var foreign = await ReadAsync(host, community, Actor.Monitor(otherLeader));
        var byMember = await ReadAsync(host, community, Actor.Monitor(member));
        var unknown = await ReadAsync(host, Guid.NewGuid(), Actor.Monitor(leader));
        var badYear = await ReadAsync(host, community, Actor.Monitor(leader), IncentiveLimits.MaxYear + 1);

        Assert.True(mine.IsSuccess, mine.Error?.Code);
        Assert.All(mine.Value.Entries, e => Assert.Equal(community, e.CommunityId));
        Assert.Equal(new[] { StipendEntryKind.CommunityActivity, StipendEntryKind.Reversal }, mine.Value.Entries.Select(e => e.Kind).Order());
        var recovery = Assert.Single(mine.Value.Recoveries);
        Assert.Equal((community, 50_000L, 50_000L), (recovery.CommunityId!.Value, recovery.Amount, recovery.Outstanding));
        Assert.Equal((50_000L, 50_000L, 0L), (mine.Value.Totals.Paid, mine.Value.Totals.RecoveriesOutstanding, mine.Value.Totals.Net));
        Assert.True(staff.IsSuccess, staff.Error?.Code);
        Assert.Equal((other, 1, 0), (Assert.Single(staff.Value.Entries).CommunityId!.Value, staff.Value.Entries.Count, staff.Value.Recoveries.Count));
        Assert.Equal(("stipend.community.not_leader", "stipend.community.not_leader", "stipend.community_not_found", "stipend.year.invalid"),
            (foreign.Error?.Code, byMember.Error?.Code, unknown.Error?.Code, badYear.Error?.Code));
        Assert.Equal(ErrorKind.Forbidden, foreign.Error!.Kind);
    }

    [Fact]
    public async Task Community_OtherYear_EmptyButAllowed()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var leader = await host.AddPersonAsync();
        var community = await host.AddCommunityAsync(leader);

        var read = await ReadAsync(host, community, Actor.Monitor(leader), 2025);

        Assert.True(read.IsSuccess, read.Error?.Code);
        Assert.Equal((0, 0, 0), (read.Value.Entries.Count, read.Value.Recoveries.Count, read.Value.Totals.Entries));
    }
}

public sealed class CommunityStipendsSqliteTests() : CommunityStipendsContract(StorageProvider.Sqlite);

public sealed class CommunityStipendsPostgresTests() : CommunityStipendsContract(StorageProvider.PostgreSql);
