using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Segments;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.AudienceArrange;

namespace SeoulMonitor.Core.Tests.Audiences;

/// <summary>Audience resolution on each provider: consent states, renewal, suppression, dedup, conditions, paging.</summary>
public abstract class AudienceResolverContract(StorageProvider provider)
{
    [Fact]
    public async Task ReadAsync_EachConsentState_OnlyActiveBeforeRenewalAdmitted()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "seoul-sibo", ConsentRegime.PolicyCustomer);
        var now = host.Time.GetUtcNow();
        var expected = new List<long>();
        var n = 0;
        foreach (var (state, due, admitted) in new (ConsentState, DateTimeOffset?, bool)[]
        {
            (ConsentState.Pending, null, false), (ConsentState.Active, null, true), (ConsentState.Withdrawn, null, false),
            (ConsentState.Lapsed, null, false), (ConsentState.Unconfirmed, null, false), (ConsentState.Active, now.AddDays(-1), false),
            (ConsentState.Active, now, false), (ConsentState.Active, now.AddSeconds(1), true),
        })
        {
            var subscriber = await SubscriberAsync(host, ++n);
            var consent = await ConsentAsync(host, subscriber, list, state, renewalDueAt: due);
            if (admitted)
            {
                expected.Add(consent.Id);
            }
        }

        var members = await ResolveAsync(host, "list:seoul-sibo");

        Assert.Equal(expected, members.Select(m => m.ConsentId));
        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(expected.Take(1), (await ResolveAsync(host, "list:seoul-sibo")).Select(m => m.ConsentId));
    }

    [Fact]
    public async Task ReadAsync_SuppressedByPlainOrHashedEntry_SkippedOnThatChannelOnly()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "museum");
        var plain = await SubscriberAsync(host, 1);
        var hashed = await SubscriberAsync(host, 2);
        var smsOnly = await SubscriberAsync(host, 3);
        var kept = await SubscriberAsync(host, 4);
        foreach (var s in new[] { plain, hashed, smsOnly, kept })
        {
            await ConsentAsync(host, s, list);
        }

        await SuppressAsync(host, DeliveryChannel.Email, plain.Email!);
        await SuppressAsync(host, DeliveryChannel.Email, hashed.Email!, hashOnly: true);
        await SuppressAsync(host, DeliveryChannel.Sms, smsOnly.Email!);

        var members = await ResolveAsync(host, "list:museum");

        Assert.Equal([smsOnly.Id, kept.Id], members.Select(m => m.SubscriberId));
    }

    [Fact]
    public async Task ReadAsync_SubscriberOnSeveralLists_AppearsOnceWithSmallestConsentId()
    {
        await using var host = await HostAsync(provider);
        var a = await ListAsync(host, "list-a");
        var b = await ListAsync(host, "list-b");
        var both = await SubscriberAsync(host, 1);
        var onlyB = await SubscriberAsync(host, 2);
        var first = await ConsentAsync(host, both, a);
        await ConsentAsync(host, both, b);
        var withdrawnA = await ConsentAsync(host, onlyB, a, ConsentState.Withdrawn);
        var activeB = await ConsentAsync(host, onlyB, b);
        var segment = await SegmentAsync(host, """{"lists":["list-a","list-b"]}""");

        var members = await ResolveAsync(host, segment);

        Assert.Equal([(both.Id, first.Id), (onlyB.Id, activeB.Id)], members.Select(m => (m.SubscriberId, m.ConsentId)));
        Assert.NotEqual(withdrawnA.Id, members[1].ConsentId);
    }

    [Fact]
    public async Task ReadAsync_DistrictAndTraitConditions_AllOfTraitsAnyOfDistricts()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "news");
        var match = await SubscriberAsync(host, 1, "종로구", traits: [("age_band", "30s"), ("lang", "ko")]);
        var otherDistrict = await SubscriberAsync(host, 2, "마포구", traits: [("age_band", "30s"), ("lang", "ko")]);
        var wrongAge = await SubscriberAsync(host, 3, "중구", traits: [("age_band", "60s"), ("lang", "ko")]);
        var hasVip = await SubscriberAsync(host, 4, "중구", traits: [("age_band", "40s"), ("lang", "ko"), ("vip", "y")]);
        var noLang = await SubscriberAsync(host, 5, "종로구", traits: [("age_band", "30s")]);
        var english = await SubscriberAsync(host, 6, "종로구", traits: [("age_band", "30s"), ("lang", "en")]);
        foreach (var s in new[] { match, otherDistrict, wrongAge, hasVip, noLang, english })
        {
            await ConsentAsync(host, s, list);
        }

        var segment = await SegmentAsync(host, """
            {"lists":["news"],
             "districts":[{"province":"11","district":"종로구"},{"province":"11","district":"Jung-gu"}],
             "traits":[{"name":"age_band","op":"in","values":["30s","40s"]},{"name":"lang","op":"exists"},
                       {"name":"vip","op":"missing"},{"name":"lang","op":"neq","values":["en"]}]}
            """);

        Assert.Equal([match.Id], (await ResolveAsync(host, segment)).Select(m => m.SubscriberId));
        var eq = await SegmentAsync(host, """{"lists":["news"],"traits":[{"name":"vip","op":"eq","values":["y"]}]}""");
        var member = Assert.Single(await ResolveAsync(host, eq));
        Assert.Equal((hasVip.Id, "y", "중구"), (member.SubscriberId, member.Traits["vip"], member.District));
    }

    [Fact]
    public async Task ReadAsync_ManyPagesWithGaps_EveryAdmittedSubscriberOnceInKeysetOrder()
    {
        await using var host = await HostAsync(provider, pageSize: 3);
        var list = await ListAsync(host, "paged");
        var expected = new List<long>();
        for (var i = 1; i <= 20; i++)
        {
            var s = await SubscriberAsync(host, i);
            var admitted = i % 4 != 0;
            await ConsentAsync(host, s, list, admitted ? ConsentState.Active : ConsentState.Withdrawn);
            if (i % 7 == 0)
            {
                await SuppressAsync(host, DeliveryChannel.Email, s.Email!);
            }
            else if (admitted)
            {
                expected.Add(s.Id);
            }
        }

        var members = await ResolveAsync(host, "list:paged");

        Assert.Equal(expected, members.Select(m => m.SubscriberId));
    }

    [Fact]
    public async Task ReadAsync_SmsChannel_UsesMobileAndSmsConsentsOnly()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "fire-11-종로구");
        var sms = await SubscriberAsync(host, 1);
        var emailConsentOnly = await SubscriberAsync(host, 2);
        var noMobile = await SubscriberAsync(host, 3, mobile: false);
        var smsConsent = await ConsentAsync(host, sms, list, channel: DeliveryChannel.Sms);
        await ConsentAsync(host, emailConsentOnly, list);
        await ConsentAsync(host, noMobile, list, channel: DeliveryChannel.Sms);

        var members = await ResolveAsync(host, "list:fire-11-종로구:sms");

        var member = Assert.Single(members);
        Assert.Equal((sms.Mobile, smsConsent.Id), (member.Address, member.ConsentId));
        Assert.Equal([emailConsentOnly.Id], (await ResolveAsync(host, "list:fire-11-종로구")).Select(m => m.SubscriberId));
    }

    [Fact]
    public async Task CriteriaAsync_UnknownListOrSegmentOrMonitors_StableCodes()
    {
        await using var host = await HostAsync(provider);
        var resolver = host.Services.GetRequiredService<Core.Audiences.Resolution.AudienceResolver>();

        Assert.Equal("audience.list.unknown", (await resolver.CriteriaAsync("list:nope", Ct)).Error?.Code);
        Assert.Equal("audience.segment.unknown", (await resolver.CriteriaAsync($"segment:{Guid.NewGuid():D}", Ct)).Error?.Code);
        Assert.Equal("audience.kind.invalid", (await resolver.CriteriaAsync("monitors", Ct)).Error?.Code);
        Assert.Equal("campaign.audience.unknown", (await resolver.CriteriaAsync("list:UPPER", Ct)).Error?.Code);
        await Assert.ThrowsAsync<ArgumentException>(async () => await ResolveAsync(host, "list:nope"));
    }

    private static async Task<string> SegmentAsync(CoreTestHost host, string definition)
    {
        var created = await host.WithAsync<SegmentService, Result<SegmentView>>(s =>
            s.CreateAsync(Actor.Staff("staff-kim"), new SegmentDraft("test", DeliveryChannel.Email, definition), Ct));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value.AudienceKey;
    }
}

public sealed class AudienceResolverSqliteTests() : AudienceResolverContract(StorageProvider.Sqlite);

public sealed class AudienceResolverPostgresTests() : AudienceResolverContract(StorageProvider.PostgreSql);
