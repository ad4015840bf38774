using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Monitors.MonitorTestKit;

namespace SeoulMonitor.Core.Tests.Mailing;

/// <summary>The monitors as the mail engine's audience and send-time gate: the same behaviour on each provider.</summary>
public abstract class MonitorMailingContract(StorageProvider provider)
{
    [Fact]
    public async Task ReadAsync_MoreThanOnePage_StreamsEveryActiveMonitorOnceInKeysetOrder()
    {
        await using var host = await CreateAsync();
        var active = await InsertMonitorsAsync(host, MonitorRecipientSource.PageSize * 2 + 3, MembershipState.Active);
        await InsertMonitorsAsync(host, 4, MembershipState.Withdrawn);
        var source = host.Services.GetRequiredService<MonitorRecipientSource>();

        var read = new List<Recipient>();
        await foreach (var recipient in source.ReadAsync(AudienceKeys.Monitors, Ct))
        {
            read.Add(recipient);
        }

        Assert.Equal(active.Count, read.Count);
        Assert.Equal(active.Order(), read.Select(r => Guid.Parse(r.Id)).Order());
        var again = await source.ReadAsync(AudienceKeys.Monitors, Ct).Select(r => r.Id).ToListAsync(Ct);
        Assert.Equal(read.Select(r => r.Id), again);
    }

    [Fact]
    public async Task ReadAsync_DistrictFilter_OnlyActiveMonitorsOfThatDistrictWithFieldsAndConsent()
    {
        await using var host = await CreateAsync();
        var notice = await PublishNoticeAsync(host);
        var mapo1 = await MemberAsync(host, notice.Id, 1, "마포구");
        var mapo2 = await MemberAsync(host, notice.Id, 2, "마포구");
        await MemberAsync(host, notice.Id, 3, "강남구");
        var withdrawn = await MemberAsync(host, notice.Id, 4, "마포구");
        await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.WithdrawAsync(StaffKim, withdrawn.Id, null, Ct)));
        var source = host.Services.GetRequiredService<MonitorRecipientSource>();

        var read = await source.ReadAsync("monitors:district=마포구", Ct).ToListAsync(Ct);

        Assert.Equal(new[] { mapo1.Id, mapo2.Id }.Order(), read.Select(r => Guid.Parse(r.Id)).Order());
        var first = read.Single(r => r.Id == mapo1.Id.ToString("D"));
        Assert.Equal((mapo1.Email, mapo1.Name, "마포구", notice.Id.ToString("D")), (first.Address, first.Fields!["name"], first.Fields["district"], first.ConsentId));
        Assert.Equal(3, (await source.ReadAsync("monitors:province=11", Ct).ToListAsync(Ct)).Count);
        Assert.Null(await source.FindAsync("monitors:district=강남구", mapo1.Id, Ct));
        Assert.Equal(mapo1.Email, (await source.FindAsync(AudienceKeys.Monitors, mapo1.Id, Ct))?.Address);
    }

    [Fact]
    public async Task CheckAsync_MonitorWithdrawnAfterSnapshot_DeniedAtOnceWithoutAskingTheInnerGate()
    {
        await using var host = await CreateAsync();
        var notice = await PublishNoticeAsync(host);
        var monitor = await MemberAsync(host, notice.Id);
        var inner = new AllowAllGate();
        var gate = new MonitorSendTimeGate(host.Services.GetRequiredService<MonitorMembershipStates>(), inner);
        var request = new GateRequest(Guid.NewGuid(), DeliveryChannel.Email, monitor.Id.ToString("D"), monitor.Email, notice.Id.ToString("D"));
        Assert.True((await gate.CheckAsync(request, Ct)).Allowed);

        await Succeeds(host.WithAsync<MembershipService, Result<MembershipView>>(s => s.WithdrawAsync(StaffKim, monitor.Id, null, Ct)));

        var decision = await gate.CheckAsync(request, Ct);
        Assert.False(decision.Allowed);
        Assert.Contains("Withdrawn", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("탈퇴", decision.Reason, StringComparison.Ordinal);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task CheckAsync_MonitorSuspendedElsewhere_DeniedAfterTheRefreshInterval()
    {
        await using var host = await CreateAsync();
        var active = await InsertMonitorsAsync(host, 1, MembershipState.Active);
        var gate = new MonitorSendTimeGate(host.Services.GetRequiredService<MonitorMembershipStates>(), new AllowAllGate());
        var request = new GateRequest(Guid.NewGuid(), DeliveryChannel.Email, active[0].ToString("D"), "a@example.com", null);
        Assert.True((await gate.CheckAsync(request, Ct)).Allowed);

        await host.WithAsync<SeoulMonitorDbContext, int>(async db =>
        {
            var membership = await db.Set<Membership>().FindAsync([active[0]], Ct);
            membership!.State = MembershipState.Suspended;
            return await db.SaveChangesAsync(Ct);
        });

        Assert.True((await gate.CheckAsync(request, Ct)).Allowed);
        host.Time.Advance(MonitorMembershipStates.RefreshInterval);
        Assert.False((await gate.CheckAsync(request, Ct)).Allowed);
    }

    [Fact]
    public async Task CheckAsync_ActiveMonitor_DefersToTheInnerGate()
    {
        await using var host = await CreateAsync();
        var active = await InsertMonitorsAsync(host, 1, MembershipState.Active);
        var gate = new MonitorSendTimeGate(host.Services.GetRequiredService<MonitorMembershipStates>(), new AllowAllGate("blocked@example.com"));

        var denied = await gate.CheckAsync(new GateRequest(Guid.NewGuid(), DeliveryChannel.Email, active[0].ToString("D"), "blocked@example.com", null), Ct);
        var allowed = await gate.CheckAsync(new GateRequest(Guid.NewGuid(), DeliveryChannel.Email, active[0].ToString("D"), "ok@example.com", null), Ct);

        Assert.Equal((false, AllowAllGate.DeniedReason), (denied.Allowed, denied.Reason));
        Assert.True(allowed.Allowed);
    }

    private Task<CoreTestHost> CreateAsync() => CoreTestHost.CreateAsync(provider, services: services =>
    {
        services.AddSeoulMonitorMailing(_ => { });
        services.AddSeoulMonitorCoreMailing();
    });

    private static async Task<List<Guid>> InsertMonitorsAsync(CoreTestHost host, int count, MembershipState state)
    {
        var now = host.Time.GetUtcNow();
        var memberships = Enumerable.Range(0, count).Select(i => new Membership
        {
            Id = Guid.NewGuid(),
            ApplicationId = Guid.NewGuid(),
            State = state,
            TermEndsOn = new DateOnly(2026, 12, 31),
            JoinedAt = now,
            Name = $"모니터{i}",
            Email = $"m{Guid.NewGuid():N}@example.com",
            Mobile = "01012345678",
            ProvinceCode = "11",
            District = "종로구",
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        }).ToList();
        await host.WithAsync<SeoulMonitorDbContext, int>(db =>
        {
            db.AddRange(memberships);
            return db.SaveChangesAsync(Ct);
        });
        return memberships.Select(m => m.Id).ToList();
    }
}

public sealed class MonitorMailingSqliteTests() : MonitorMailingContract(StorageProvider.Sqlite);

public sealed class MonitorMailingPostgresTests() : MonitorMailingContract(StorageProvider.PostgreSql);
