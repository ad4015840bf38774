using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Mailing;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.AudienceArrange;

namespace SeoulMonitor.Core.Tests.Audiences;

/// <summary>The subscriber send-time gate and the registered composite source on each provider.</summary>
public abstract class SubscriberGateContract(StorageProvider provider)
{
    [Fact]
    public async Task CheckAsync_WithdrawnWhileCampaignRuns_NextSendRefused()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "seoul-sibo");
        var first = await SubscriberAsync(host, 1);
        var second = await SubscriberAsync(host, 2);
        var c1 = await ConsentAsync(host, first, list);
        await ConsentAsync(host, second, list);
        var source = host.Services.GetRequiredService<IRecipientSource>();
        var gate = host.Services.GetRequiredService<ISendTimeGate>();
        var snapshot = await source.ReadAsync("list:seoul-sibo", Ct).ToListAsync(Ct);
        Assert.Equal([SubscriberRecipientSource.RecipientId(first.PublicId), SubscriberRecipientSource.RecipientId(second.PublicId)], snapshot.Select(r => r.Id));
        Assert.Equal(c1.Id.ToString(CultureInfo.InvariantCulture), snapshot[0].ConsentId);
        Assert.Equal("종로구", snapshot[0].Fields!["district"]);
        var campaign = Guid.NewGuid();
        Assert.True((await gate.CheckAsync(Request(campaign, snapshot[0]), Ct)).Allowed);

        await UpdateAsync(host, c1, c => c.State = ConsentState.Withdrawn);

        var refused = await gate.CheckAsync(Request(campaign, snapshot[0]), Ct);
        Assert.False(refused.Allowed);
        Assert.Contains("철회", refused.Reason, StringComparison.Ordinal);
        Assert.True((await gate.CheckAsync(Request(campaign, snapshot[1]), Ct)).Allowed);
    }

    [Fact]
    public async Task CheckAsync_RenewalInstantReached_Refused()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "policy");
        var s = await SubscriberAsync(host, 1);
        var due = host.Time.GetUtcNow().AddMinutes(1);
        var consent = await ConsentAsync(host, s, list, renewalDueAt: due);
        var gate = Gate(host, new AllowAllGate());
        var request = new GateRequest(Guid.NewGuid(), DeliveryChannel.Email, SubscriberRecipientSource.RecipientId(s.PublicId), s.Email!, consent.Id.ToString(CultureInfo.InvariantCulture));

        Assert.True((await gate.CheckAsync(request, Ct)).Allowed);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var refused = await gate.CheckAsync(request, Ct);
        Assert.Equal((false, GateReasons.ConsentEnded(ConsentState.Active)), (refused.Allowed, refused.Reason));
    }

    [Fact]
    public async Task CheckAsync_ForeignConsentChangedAddressSuppressedOrBadIds_RefusedWithReason()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "news");
        var s = await SubscriberAsync(host, 1);
        var other = await SubscriberAsync(host, 2);
        var consent = await ConsentAsync(host, s, list);
        var otherConsent = await ConsentAsync(host, other, list);
        var inner = new AllowAllGate();
        var gate = Gate(host, inner);
        var id = SubscriberRecipientSource.RecipientId(s.PublicId);
        var text = consent.Id.ToString(CultureInfo.InvariantCulture);

        Assert.Equal(GateReasons.NoConsent, (await gate.CheckAsync(new(Guid.NewGuid(), DeliveryChannel.Email, id, s.Email!, otherConsent.Id.ToString(CultureInfo.InvariantCulture)), Ct)).Reason);
        Assert.Equal(GateReasons.NoConsent, (await gate.CheckAsync(new(Guid.NewGuid(), DeliveryChannel.Email, id, s.Email!, "x1"), Ct)).Reason);
        Assert.Equal(GateReasons.NoConsent, (await gate.CheckAsync(new(Guid.NewGuid(), DeliveryChannel.Sms, id, s.Mobile!, text), Ct)).Reason);
        Assert.Equal(GateReasons.NotSubscriber, (await gate.CheckAsync(new(Guid.NewGuid(), DeliveryChannel.Email, "sub:nope", s.Email!, text), Ct)).Reason);
        Assert.Equal(GateReasons.AddressChanged, (await gate.CheckAsync(new(Guid.NewGuid(), DeliveryChannel.Email, id, "old@example.com", text), Ct)).Reason);
        await SuppressAsync(host, DeliveryChannel.Email, s.Email!, hashOnly: true);
        Assert.Equal(GateReasons.Suppressed, (await gate.CheckAsync(new(Guid.NewGuid(), DeliveryChannel.Email, id, s.Email!, text), Ct)).Reason);
        Assert.Equal(0, inner.Calls);
    }

    [Fact]
    public async Task CheckAsync_AllowedByConsent_DefersToInnerGate()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "news");
        var s = await SubscriberAsync(host, 1);
        var consent = await ConsentAsync(host, s, list);
        var gate = Gate(host, new AllowAllGate(s.Email));

        var decision = await gate.CheckAsync(new(Guid.NewGuid(), DeliveryChannel.Email, SubscriberRecipientSource.RecipientId(s.PublicId), s.Email!, consent.Id.ToString(CultureInfo.InvariantCulture)), Ct);

        Assert.Equal((false, AllowAllGate.DeniedReason), (decision.Allowed, decision.Reason));
    }

    [Fact]
    public async Task ReadAsync_CompositeSource_MonitorsKeyStillReadsMonitors()
    {
        await using var host = await HostAsync(provider);
        var source = host.Services.GetRequiredService<IRecipientSource>();

        Assert.IsType<CompositeRecipientSource>(source);
        Assert.Empty(await source.ReadAsync("monitors", Ct).ToListAsync(Ct));
        await Assert.ThrowsAsync<ArgumentException>(async () => await source.ReadAsync("nobody", Ct).ToListAsync(Ct));
    }

    private static SubscriberSendTimeGate Gate(CoreTestHost host, ISendTimeGate inner) =>
        new(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Time, inner);

    private static GateRequest Request(Guid campaign, Recipient r) => new(campaign, DeliveryChannel.Email, r.Id, r.Address, r.ConsentId);
}

public sealed class SubscriberGateSqliteTests() : SubscriberGateContract(StorageProvider.Sqlite);

public sealed class SubscriberGatePostgresTests() : SubscriberGateContract(StorageProvider.PostgreSql);
