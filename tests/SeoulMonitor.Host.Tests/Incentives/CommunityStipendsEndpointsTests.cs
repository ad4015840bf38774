using System.Net;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Incentives;

/// <summary>A community's stipends over HTTP: its leader and staff read them; another leader 403, an unknown community 404, a plain monitor 403 by policy.</summary>
public sealed class CommunityStipendsEndpointsTests
{
    private static async Task<Guid> CommunityWithStipendsAsync(SeoulMonitorApplication app, Guid leader, string name)
    {
        var now = app.Time.GetUtcNow();
        var community = new Community
        {
            Id = Guid.NewGuid(), Name = name, NormalizedName = name, Description = "동네 점검", State = CommunityState.Active, FounderId = leader, LeaderId = leader,
            MemberCount = 5, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        var entry = new StipendEntry
        {
            Id = Guid.NewGuid(), DerivationKey = $"community-activity:{Guid.NewGuid():D}:1", Kind = StipendEntryKind.CommunityActivity, Year = 2026,
            CommunityId = community.Id, SourceId = Guid.NewGuid(), Amount = 50_000, BudgetLineId = Guid.NewGuid(), State = StipendEntryState.Paid, CreatedAt = now,
            UpdatedAt = now, Version = Guid.NewGuid(),
        };
        var recovery = new Recovery
        {
            Id = Guid.NewGuid(), ReversalId = Guid.NewGuid(), EntryId = entry.Id, Year = 2026, CommunityId = community.Id, BudgetLineId = entry.BudgetLineId,
            Amount = 50_000, Collected = 50_000, Settled = 50_000, State = RecoveryState.Collected, Reference = "수납 1", CreatedAt = now, UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        await app.WithDbAsync(db => db.AddRange(community, entry, recovery));
        return community.Id;
    }

    [Fact]
    public async Task Stipends_LeaderStaffOthers_OwnCommunityOnly()
    {
        await using var app = new SeoulMonitorApplication();
        var (leader, otherLeader) = (await app.AddMonitorAsync(), await app.AddMonitorAsync());
        var community = await CommunityWithStipendsAsync(app, leader, "종로 걷기 모임");
        var other = await CommunityWithStipendsAsync(app, otherLeader, "마포 자전거 모임");
        using var leaderClient = app.CreateClient([Roles.CommunityLeader], leader);
        using var otherClient = app.CreateClient([Roles.CommunityLeader], otherLeader);
        using var monitor = app.CreateMonitorClient(leader);
        using var staff = app.CreateStaffClient();
        using var anonymous = app.CreateAnonymousClient();

        var (own, body) = await leaderClient.GetJsonAsync($"/api/communities/{community}/stipends?year=2026");
        var (foreign, foreignProblem) = await otherClient.GetJsonAsync($"/api/communities/{community}/stipends?year=2026");
        var (unknown, unknownProblem) = await leaderClient.GetJsonAsync($"/api/communities/{Guid.NewGuid()}/stipends?year=2026");
        var (noYear, noYearProblem) = await leaderClient.GetJsonAsync($"/api/communities/{community}/stipends");
        var (badYear, badYearProblem) = await leaderClient.GetJsonAsync($"/api/communities/{community}/stipends?year=1900");
        var (plain, plainProblem) = await monitor.GetJsonAsync($"/api/communities/{community}/stipends?year=2026");
        var (byStaff, staffBody) = await staff.GetJsonAsync($"/api/communities/{other}/stipends?year=2026");
        var (anon, _) = await anonymous.GetJsonAsync($"/api/communities/{community}/stipends?year=2026");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(community, Assert.Single(body.GetProperty("entries").EnumerateArray()).GetProperty("communityId").GetGuid());
        Assert.Equal(community, Assert.Single(body.GetProperty("recoveries").EnumerateArray()).GetProperty("communityId").GetGuid());
        Assert.Equal((0L, 50_000L), (body.GetProperty("totals").GetProperty("recoveriesOutstanding").GetInt64(), body.GetProperty("totals").GetProperty("recoveriesSettled").GetInt64()));
        Assert.Equal((HttpStatusCode.Forbidden, "stipend.community.not_leader"), (foreign.StatusCode, foreignProblem.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "stipend.community_not_found"), (unknown.StatusCode, unknownProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "stipend.year.required"), (noYear.StatusCode, noYearProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "stipend.year.invalid"), (badYear.StatusCode, badYearProblem.Code()));
        Assert.Equal((HttpStatusCode.Forbidden, "auth.forbidden"), (plain.StatusCode, plainProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, byStaff.StatusCode);
        Assert.Equal(other, Assert.Single(staffBody.GetProperty("entries").EnumerateArray()).GetProperty("communityId").GetGuid());
        Assert.Equal(HttpStatusCode.Unauthorized, anon.StatusCode);
    }
}
