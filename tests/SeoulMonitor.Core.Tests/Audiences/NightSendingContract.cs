using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Subscriptions;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Audiences.Imports;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Tests.Mailing;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.SubscriptionKit;

namespace SeoulMonitor.Core.Tests.Audiences;

/// <summary>Night-sending consent for SMS advertising: given on the form or in an import, answered by the gate.</summary>
public abstract class NightSendingContract(StorageProvider provider)
{
    [Fact]
    public async Task Subscribe_SmsChoiceWithNightSending_RecordedWithTimeAndInHistory()
    {
        await using var host = await SeededAsync(provider);
        var notice = await NoticeAsync(host, "seoul-sibo");

        var receipt = await host.WithAsync<SubscriptionService, Common.Result<SubscriptionReceipt>>(s => s.SubscribeAsync(
            new SubscribeRequest(null, "010-2345-6789", null, null, null, [new ListChoice("seoul-sibo", DeliveryChannel.Sms, notice, NightSending: true)]), Web, Ct));

        Assert.True(receipt.IsSuccess, receipt.Error?.Code);
        var consent = Assert.Single(await ConsentsAsync(host));
        Assert.Equal((true, host.Time.GetUtcNow()), (consent.NightSending, consent.NightSendingConsentedAt));
        Assert.Contains("night-sending", (await EventsAsync(host)).Single(e => e.Kind == ConsentEventKind.Given).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_SmsChoiceWithoutNightSending_NoNightConsent()
    {
        await using var host = await SeededAsync(provider);
        var notice = await NoticeAsync(host, "seoul-sibo");

        await host.WithAsync<SubscriptionService, Common.Result<SubscriptionReceipt>>(s => s.SubscribeAsync(
            new SubscribeRequest(null, "010-2345-6789", null, null, null, [new ListChoice("seoul-sibo", DeliveryChannel.Sms, notice)]), Web, Ct));

        var consent = Assert.Single(await ConsentsAsync(host));
        Assert.Equal((false, (DateTimeOffset?)null), (consent.NightSending, consent.NightSendingConsentedAt));
    }

    [Fact]
    public async Task Subscribe_EmailChoiceWithNightSending_RefusedAndNothingWritten()
    {
        await using var host = await SeededAsync(provider);
        var notice = await NoticeAsync(host, "seoul-sibo");

        var refused = await host.WithAsync<SubscriptionService, Common.Result<SubscriptionReceipt>>(s => s.SubscribeAsync(
            new SubscribeRequest("kim@example.kr", null, null, null, null, [new ListChoice("seoul-sibo", DeliveryChannel.Email, notice, NightSending: true)]), Web, Ct));

        Assert.Equal("subscription.night_sending.sms_only", refused.Error?.Code);
        Assert.Empty(await ConsentsAsync(host));
    }

    [Fact]
    public async Task Import_NightSendingColumn_RecordedOnSmsLinesRefusedOnEmailLines()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await ImportArrange.AddListsAsync(host);
        const string header = ImportArrange.Header + ",night_sending";

        var run = await ImportArrange.SucceedsAsync(host, ImportArrange.File(header, [
            ",010 3456 7890,11,Jongno-gu,fire-jongno,sms,2024-01-15T00:00:00Z,call-9,,yes",
            ",010 4567 8901,11,Jongno-gu,fire-jongno,sms,2024-01-15T00:00:00Z,call-10,,",
            "lee@example.kr,,11,Jongno-gu,sibo,email,2025-06-01T10:00,call-11,,yes",
            ",010 5678 9012,11,Jongno-gu,fire-jongno,sms,2024-01-15T00:00:00Z,call-12,,maybe",
        ]));

        Assert.Equal((2, 2), (run.RowsLoaded, run.RowsRejected));
        Assert.Equal([(4, "import.night_sending.invalid"), (5, "import.night_sending.invalid")], (await ImportArrange.ProblemsAsync(host, run.Id)).Select(p => (p.Line, p.Code)));
        var consents = await ConsentsAsync(host);
        var night = consents.Single(c => c.NightSending);
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero), night.NightSendingConsentedAt);
        Assert.Single(consents, c => !c.NightSending && c.NightSendingConsentedAt is null);
        Assert.Contains("night-sending", (await EventsAsync(host)).Single(e => e.ConsentId == night.Id).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_SmsConsentWithNightSending_AllowedAtNightElsePlainAllow()
    {
        await using var host = await HostAsync();
        var list = await AudienceArrange.ListAsync(host, "news");
        var night = await AudienceArrange.SubscriberAsync(host, 1);
        var day = await AudienceArrange.SubscriberAsync(host, 2);
        var nightConsent = await AudienceArrange.ConsentAsync(host, night, list, channel: DeliveryChannel.Sms);
        var dayConsent = await AudienceArrange.ConsentAsync(host, day, list, channel: DeliveryChannel.Sms);
        var emailConsent = await AudienceArrange.ConsentAsync(host, night, list);
        await host.WithAsync<SeoulMonitorDbContext, int>(async db =>
        {
            var c = await db.Set<Consent>().FindAsync([nightConsent.Id], Ct);
            (c!.NightSending, c.NightSendingConsentedAt) = (true, host.Time.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });
        var gate = new SubscriberSendTimeGate(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Time, new AllowAllGate());

        var atNight = await gate.CheckAsync(Request(DeliveryChannel.Sms, night.PublicId, night.Mobile!, nightConsent.Id), Ct);
        var plain = await gate.CheckAsync(Request(DeliveryChannel.Sms, day.PublicId, day.Mobile!, dayConsent.Id), Ct);
        var email = await gate.CheckAsync(Request(DeliveryChannel.Email, night.PublicId, night.Email!, emailConsent.Id), Ct);

        Assert.Equal(GateDecision.AllowAtNight, atNight);
        Assert.Equal(GateDecision.Allow, plain);
        Assert.Equal(GateDecision.Allow, email);
    }

    [Fact]
    public async Task CheckAsync_NightConsentButInnerGateRefuses_RefusalKept()
    {
        await using var host = await HostAsync();
        var list = await AudienceArrange.ListAsync(host, "news");
        var s = await AudienceArrange.SubscriberAsync(host, 1);
        var consent = await AudienceArrange.ConsentAsync(host, s, list, channel: DeliveryChannel.Sms);
        await host.WithAsync<SeoulMonitorDbContext, int>(async db =>
        {
            var c = await db.Set<Consent>().FindAsync([consent.Id], Ct);
            c!.NightSending = true;
            return await db.SaveChangesAsync(Ct);
        });
        var gate = new SubscriberSendTimeGate(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Time, new AllowAllGate(s.Mobile));

        var decision = await gate.CheckAsync(Request(DeliveryChannel.Sms, s.PublicId, s.Mobile!, consent.Id), Ct);

        Assert.Equal((false, false), (decision.Allowed, decision.NightSendingConsented));
    }

    private Task<CoreTestHost> HostAsync() => AudienceArrange.HostAsync(provider);

    private static GateRequest Request(DeliveryChannel channel, Guid publicId, string address, long consentId) =>
        new(Guid.NewGuid(), channel, SubscriberRecipientSource.RecipientId(publicId), address, consentId.ToString(CultureInfo.InvariantCulture));
}

public sealed class NightSendingSqliteTests() : NightSendingContract(StorageProvider.Sqlite);

public sealed class NightSendingPostgresTests() : NightSendingContract(StorageProvider.PostgreSql);
