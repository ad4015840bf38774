using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Incentives.Stipends;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Communities;

/// <summary>Community activity reports: the leader reports within limits, staff verify or reject, each step audited once.</summary>
public sealed class CommunityActivityTests
{
    private static readonly Actor Staff = StipendArrange.Staff;

    private static Task<Result<CommunityActivityView>> ReportAsync(CoreTestHost host, Guid community, Guid leader, string? title = "보도 점검 산책", string? heldOn = "2026-03-01", int attendees = 3) =>
        host.RunAsync<CommunityActivityService, Result<CommunityActivityView>>((s, ct) =>
            s.ReportAsync(community, new ReportActivityRequest(title, heldOn, attendees), Actor.Monitor(leader), ct));

    [Theory]
    [InlineData(0, "community_activity.attendees.invalid")]
    [InlineData(1, null)]
    [InlineData(5, null)]
    [InlineData(6, "community_activity.attendees.invalid")]
    public async Task Report_AttendeesAtLimits_AcceptedOrRefused(int attendees, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var leader = await host.AddPersonAsync();
        var community = await host.AddCommunityAsync(leader, members: 5);

        var result = await ReportAsync(host, community, leader, attendees: attendees);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(code is null ? 1 : 0, await host.AuditCountAsync(CommunityActivityLifecycle.Entity));
    }

    [Theory]
    [InlineData("2026-03-02", null)] // today in Seoul (the host starts at 2026-03-02 10:00 KST)
    [InlineData("2026-03-03", "community_activity.held_on.invalid")]
    [InlineData("2025-03-01", null)] // 366 days ago
    [InlineData("2025-02-28", "community_activity.held_on.invalid")]
    [InlineData("2026-02-30", "community_activity.held_on.invalid")]
    [InlineData("03/01/2026", "community_activity.held_on.invalid")]
    [InlineData(null, "community_activity.held_on.invalid")]
    public async Task Report_HeldOnAtLimits_AcceptedOrRefused(string? heldOn, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var leader = await host.AddPersonAsync();
        var community = await host.AddCommunityAsync(leader);

        Assert.Equal(code, (await ReportAsync(host, community, leader, heldOn: heldOn)).Error?.Code);
    }

    [Theory]
    [InlineData("걷", "community_activity.title.invalid")]
    [InlineData("걷기", null)]
    [InlineData(null, "community_activity.title.invalid")]
    public async Task Report_TitleAtLimits_AcceptedOrRefused(string? title, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var leader = await host.AddPersonAsync();
        var community = await host.AddCommunityAsync(leader);

        Assert.Equal(code, (await ReportAsync(host, community, leader, title: title)).Error?.Code);
        Assert.Equal("community_activity.title.invalid", (await ReportAsync(host, community, leader, title: new string('가', CommunityActivityLimits.TitleMaxLength + 1))).Error?.Code);
    }

    [Fact]
    public async Task Report_OtherLeaderMemberStaffOrInactiveCommunity_RefusedNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (leader, otherLeader) = (await host.AddPersonAsync(), await host.AddPersonAsync());
        var community = await host.AddCommunityAsync(leader);
        await host.AddCommunityAsync(otherLeader, name: "마포 모임");
        var proposed = await host.AddCommunityAsync(leader, state: CommunityState.Proposed, name: "제안 모임");

        var other = await ReportAsync(host, community, otherLeader);
        var staff = await host.RunAsync<CommunityActivityService, Result<CommunityActivityView>>((s, ct) =>
            s.ReportAsync(community, new ReportActivityRequest("보도 점검", "2026-03-01", 2), Staff, ct));
        var inactive = await ReportAsync(host, proposed, leader);
        var missing = await ReportAsync(host, Guid.NewGuid(), leader);

        Assert.Equal(
            ["community_activity.not_leader", "community_activity.not_leader", "community_activity.community_not_active", "community_activity.community_not_found"],
            new[] { other, staff, inactive, missing }.Select(r => r.Error?.Code));
        Assert.Equal(0, await host.AuditCountAsync(CommunityActivityLifecycle.Entity));
    }

    [Fact]
    public async Task VerifyReject_Lifecycle_EachAllowedAuditedOnceRefusedWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var leader = await host.AddPersonAsync();
        var community = await host.AddCommunityAsync(leader);
        var id = (await ReportAsync(host, community, leader)).Value.Id;
        Task<Result<CommunityActivityView>> Verify(Actor actor) => host.RunAsync<CommunityActivityService, Result<CommunityActivityView>>((s, ct) => s.VerifyAsync(id, actor, ct));
        Task<Result<CommunityActivityView>> Reject(string? reason) => host.RunAsync<CommunityActivityService, Result<CommunityActivityView>>((s, ct) => s.RejectAsync(id, reason, Staff, ct));

        var byLeader = await Verify(Actor.Monitor(leader));
        var verified = await Verify(Staff);
        var twice = await Verify(Staff);
        var noReason = await Reject(" ");
        var rejected = await Reject("증빙 사진 없음");
        var again = await Reject("증빙 사진 없음");
        var verifyRejected = await Verify(Staff);

        Assert.Equal("community_activity.forbidden", byLeader.Error?.Code);
        Assert.Equal(CommunityActivityState.Verified, verified.Value.State);
        Assert.Equal("community_activity.invalid_transition", twice.Error?.Code);
        Assert.Equal("community_activity.reason.invalid", noReason.Error?.Code);
        Assert.Equal((CommunityActivityState.Rejected, "증빙 사진 없음", "반려"), (rejected.Value.State, rejected.Value.Reason, rejected.Value.StateKo));
        Assert.Equal("community_activity.invalid_transition", again.Error?.Code);
        Assert.Equal("community_activity.invalid_transition", verifyRejected.Error?.Code);
        Assert.Equal(3, await host.AuditCountAsync(CommunityActivityLifecycle.Entity, id));
    }

    [Fact]
    public async Task List_LeaderAndStaffSeeOtherLeaderRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (leader, otherLeader) = (await host.AddPersonAsync(), await host.AddPersonAsync());
        var community = await host.AddCommunityAsync(leader);
        await ReportAsync(host, community, leader);
        Task<Result<IReadOnlyList<CommunityActivityView>>> List(Actor actor) =>
            host.RunAsync<CommunityActivityService, Result<IReadOnlyList<CommunityActivityView>>>((s, ct) => s.ListAsync(community, actor, ct));

        Assert.Single((await List(Actor.Monitor(leader))).Value);
        Assert.Single((await List(Staff)).Value);
        Assert.Equal("community_activity.not_leader", (await List(Actor.Monitor(otherLeader))).Error?.Code);
    }
}
