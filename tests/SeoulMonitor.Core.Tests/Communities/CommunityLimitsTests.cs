using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Communities.CommunityArrange;

namespace SeoulMonitor.Core.Tests.Communities;

/// <summary>Every <see cref="CommunityLimits"/> boundary and bad input: a clear code, and nothing written.</summary>
public sealed class CommunityLimitsTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData(CommunityLimits.NameMinLength - 1, "community.name.length")]
    [InlineData(CommunityLimits.NameMinLength, null)]
    [InlineData(CommunityLimits.NameMaxLength, null)]
    [InlineData(CommunityLimits.NameMaxLength + 1, "community.name.length")]
    public async Task Found_NameLength_BoundariesHold(int length, string? code) =>
        await AssertFoundAsync(new FoundCommunityRequest(Unique(length), null, "Culture"), code);

    [Theory]
    [InlineData(CommunityLimits.DescriptionMaxLength, null)]
    [InlineData(CommunityLimits.DescriptionMaxLength + 1, "community.description.too_long")]
    public async Task Found_DescriptionLength_BoundaryHolds(int length, string? code) =>
        await AssertFoundAsync(new FoundCommunityRequest(Unique(20), new string('d', length), "Welfare"), code);

    [Theory]
    [InlineData(null, "community.name.required")]
    [InlineData("   ", "community.name.required")]
    public async Task Found_NoName_IsRefused(string? name, string code) =>
        await AssertFoundAsync(new FoundCommunityRequest(name, null, "Safety"), code);

    [Theory]
    [InlineData("Parks")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Found_UnknownFocusArea_IsRefused(string? area) =>
        await AssertFoundAsync(new FoundCommunityRequest(Unique(20), null, area), "community.focus_area.invalid");

    [Fact]
    public async Task Reject_ReasonTooLongOrMissing_IsRefusedAndWritesNothing()
    {
        var community = await fixture.Host.CommunityInStateAsync(CommunityState.Proposed);
        var before = await fixture.Host.AuditCountAsync();

        var tooLong = await fixture.Host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) =>
            s.RejectAsync(community.Id, new string('r', CommunityLimits.ReasonMaxLength + 1), Staff, ct));
        var missing = await fixture.Host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.RejectAsync(community.Id, " ", Staff, ct));

        Assert.Equal("community.reason.too_long", tooLong.Error?.Code);
        Assert.Equal("community.reason.required", missing.Error?.Code);
        Assert.Equal(before, await fixture.Host.AuditCountAsync());
    }

    [Fact]
    public async Task AcceptRequest_CommunityAtMaxMembers_IsRefusedFull()
    {
        var (community, monitor) = await fixture.Host.MemberInStateAsync(CommunityMemberState.Requested);
        await fixture.Host.QueryAsync(db => db.Set<Community>().Where(c => c.Id == community.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.MemberCount, CommunityLimits.MaxMembers), TestContext.Current.CancellationToken));

        var result = await fixture.Host.MemberAsync((s, ct) => s.AcceptRequestAsync(community.Id, monitor, Staff, ct));

        Assert.Equal("community.full", result.Error?.Code);
    }

    [Fact]
    public async Task Invite_SuspendedMonitor_IsRefused()
    {
        var community = await fixture.Host.CommunityInStateAsync(CommunityState.Active);
        var suspended = await fixture.Host.AddMonitorAsync(MembershipState.Suspended);

        var result = await fixture.Host.MemberAsync((s, ct) => s.InviteAsync(community.Id, suspended, Staff, ct));

        Assert.Equal("community.monitor_not_active", result.Error?.Code);
    }

    private async Task AssertFoundAsync(FoundCommunityRequest request, string? code)
    {
        var host = fixture.Host;
        var founder = await host.AddMonitorAsync();
        var before = await host.AuditCountAsync();

        var result = await host.RunAsync<CommunityService, Result<CommunityView>>((s, ct) => s.FoundAsync(founder, request, ct));

        if (code is null)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(before + 1, await host.AuditCountAsync());
        }
        else
        {
            Assert.Equal(code, result.Error?.Code);
            Assert.Equal(before, await host.AuditCountAsync());
            Assert.False(await host.QueryAsync(db => db.Set<Community>().AnyAsync(c => c.FounderId == founder, TestContext.Current.CancellationToken)));
        }
    }

    private static string Unique(int length) => (Guid.NewGuid().ToString("N") + new string('x', 100))[..length];
}
