using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Subscriptions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.SubscriptionKit;

namespace SeoulMonitor.Core.Tests.Audiences;

/// <summary>Lists, subscribing and the consent lifecycle in storage, on each provider.</summary>
public abstract class SubscriptionContract(StorageProvider provider)
{
    [Fact]
    public async Task Seed_TwiceOnFreshDatabase_CreatesNewslettersAndFireListsOnce()
    {
        await using var host = await SeededAsync(provider);

        var again = await host.WithAsync<ListCatalogSeeder, ListSeedResult>(s => s.SeedAsync(Ct));

        Assert.Equal(new ListSeedResult(0, 0), again);
        var lists = await host.WithAsync<MailingListService, IReadOnlyList<MailingListView>>(s => s.ListAsync(true, Ct));
        Assert.Equal(15 + 25, lists.Count);
        Assert.All(lists, l => Assert.Equal(1, l.Notice?.Version));
        Assert.Contains(lists, l => l.NameKo == "서울시보" && l.Regime == ConsentRegime.PolicyCustomer);
        Assert.Contains(lists, l => l.NameKo == "서울시립미술관 뉴스레터");
        Assert.Contains(lists, l => l.NameKo == "서울역사박물관 뉴스레터");
        var jongno = Assert.Single(lists, l => l.Key == "fire-11-jongno-gu");
        Assert.Equal((ListKind.DisasterNotice, ConsentRegime.Informational, "종로구", "종로소방서"), (jongno.Kind, jongno.Regime, jongno.District, jongno.FireStation));
    }

    [Fact]
    public async Task Subscribe_DisposableDomain_RefusedWithStableCodeAndNothingWritten()
    {
        await using var host = await SeededAsync(provider);

        var receipt = await SubscribeAsync(host, "someone@mailinator.com", "seoul-sibo");

        Assert.Equal("subscriber.email.disposable", receipt.Error?.Code);
        Assert.Empty(await ConsentsAsync(host));
    }

    [Fact]
    public async Task Subscribe_WebForm_PendingWithTokenHashOnlyEventAndOutboxMessage()
    {
        await using var host = await SeededAsync(provider);

        var receipt = await SubscribeAsync(host, " Kim@Example.COM ", "seoul-sibo", "sema-news");

        Assert.True(receipt.IsSuccess);
        var consents = await ConsentsAsync(host);
        Assert.Equal(2, consents.Count);
        Assert.All(consents, c => Assert.Equal((ConsentState.Pending, ConsentSource.WebForm, "203.0.113.9"), (c.State, c.Source, c.EvidenceIp)));
        Assert.All(consents, c => Assert.Equal(host.Time.GetUtcNow().AddHours(48), c.ConfirmationExpiresAt));
        var token = await TokenAsync(host, "kim@example.com");
        Assert.DoesNotContain(consents, c => c.ConfirmationTokenHash == token);
        Assert.Equal(64, consents[0].ConfirmationTokenHash!.Length);
        Assert.Equal([ConsentEventKind.Given, ConsentEventKind.Given], (await EventsAsync(host)).Select(e => e.Kind));
    }

    [Fact]
    public async Task Confirm_ValidToken_ActiveWithTwoYearRenewalOnlyForPolicyCustomer()
    {
        await using var host = await SeededAsync(provider);
        await SubscribeAsync(host, "lee@example.com", "seoul-sibo", "fire-11-jongno-gu");

        var confirmed = await ConfirmAsync(host, await TokenAsync(host, "lee@example.com"));

        Assert.True(confirmed.IsSuccess);
        var consents = await ConsentsAsync(host);
        Assert.All(consents, c => Assert.Equal(ConsentState.Active, c.State));
        Assert.All(consents, c => Assert.Null(c.ConfirmationTokenHash));
        var now = host.Time.GetUtcNow();
        Assert.Equal([now.AddYears(2), null], consents.Select(c => c.RenewalDueAt));
        Assert.True(ConsentLifecycle.AllowsSending(consents[0].State, consents[0].RenewalDueAt, now));
        Assert.Equal("subscription.token.invalid", (await ConfirmAsync(host, await TokenAsync(host, "lee@example.com"))).Error?.Code);
    }

    [Fact]
    public async Task Confirm_ExpiredForgedOrMalformed_RefusedAndNothingChanges()
    {
        await using var host = await SeededAsync(provider);
        await SubscribeAsync(host, "park@example.com", "seoul-sibo");
        var token = await TokenAsync(host, "park@example.com");

        host.Time.Advance(TimeSpan.FromHours(48));
        var expired = await ConfirmAsync(host, token);
        var forged = await ConfirmAsync(host, new string('A', 43));
        var malformed = await ConfirmAsync(host, "not a token");

        Assert.Equal(("subscription.token.expired", "subscription.token.invalid", "subscription.token.invalid"), (expired.Error?.Code, forged.Error?.Code, malformed.Error?.Code));
        Assert.Equal(ConsentState.Pending, Assert.Single(await ConsentsAsync(host)).State);
        Assert.Single(await EventsAsync(host));
    }

    [Fact]
    public async Task Subscribe_SameAddressOtherCase_SameSubscriberOneConsentPerListAndChannel()
    {
        await using var host = await SeededAsync(provider);
        await SubscribeAsync(host, "choi@example.com", "seoul-sibo");
        await ConfirmAsync(host, await TokenAsync(host, "choi@example.com"));

        var again = await SubscribeAsync(host, "CHOI@example.com", "seoul-sibo", "parks-news");

        Assert.True(again.IsSuccess);
        Assert.Equal(1, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<Subscriber>().CountAsync(Ct)));
        Assert.Equal([ConsentState.Active, ConsentState.Pending], (await ConsentsAsync(host)).Select(c => c.State));
    }

    [Fact]
    public async Task Subscribe_AllUnticked_SucceedsAndStoresNothing()
    {
        await using var host = await SeededAsync(provider);
        var notice = await NoticeAsync(host, "seoul-sibo");

        var result = await host.WithAsync<SubscriptionService, Result<SubscriptionReceipt>>(s => s.SubscribeAsync(
            new SubscribeRequest("none@example.com", null, null, null, null, [new ListChoice("seoul-sibo", DeliveryChannel.Email, notice, Agreed: false)]), Web, Ct));

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value.SubscriberId);
        Assert.Equal(0, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<Subscriber>().CountAsync(Ct)));
    }

    [Theory]
    [InlineData("not-an-email", null, "seoul-sibo", "subscriber.email.invalid")]
    [InlineData(null, "02-123-4567", "seoul-sibo", "subscriber.mobile.invalid")]
    [InlineData("a@example.com", null, "no-such-list", "subscription.list.unknown")]
    [InlineData(null, null, "seoul-sibo", "subscription.address.required")]
    [InlineData(null, "010-2345-6789", "seoul-sibo", "subscription.channel.address_missing")]
    public async Task Subscribe_BadInput_TypedErrorAndNothingWritten(string? email, string? mobile, string key, string code)
    {
        await using var host = await SeededAsync(provider);
        var notice = await NoticeAsync(host, "seoul-sibo");

        var result = await host.WithAsync<SubscriptionService, Result<SubscriptionReceipt>>(s => s.SubscribeAsync(
            new SubscribeRequest(email, mobile, null, null, null, [new ListChoice(key, DeliveryChannel.Email, notice)]), Web, Ct));

        Assert.Equal(code, result.Error?.Code);
        Assert.Empty(await ConsentsAsync(host));
        Assert.Equal(0, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<OutboxMessage>().CountAsync(Ct)));
    }

    [Fact]
    public async Task Subscribe_OldNoticeVersionOrClosedList_Refused()
    {
        await using var host = await SeededAsync(provider);
        var old = await NoticeAsync(host, "seoul-sibo");
        await host.WithAsync<MailingListService, Result<ListNoticeView>>(s => s.PublishNoticeAsync(Actor.Staff("kim"), "seoul-sibo", ListNoticeTexts.For("서울시보", ListKind.Newsletter, ConsentRegime.PolicyCustomer), Ct));
        await host.WithAsync<MailingListService, Result<MailingListView>>(s => s.CloseAsync(Actor.Staff("kim"), "parks-news", Ct));

        var stale = await host.WithAsync<SubscriptionService, Result<SubscriptionReceipt>>(s => s.SubscribeAsync(
            new SubscribeRequest("x@example.com", null, null, null, null, [new ListChoice("seoul-sibo", DeliveryChannel.Email, old)]), Web, Ct));
        var closed = await SubscribeAsync(host, "x@example.com", "parks-news");

        Assert.Equal(("subscription.notice.not_current", "subscription.list.closed"), (stale.Error?.Code, closed.Error?.Code));
        Assert.Equal(2, (await host.WithAsync<MailingListService, Result<IReadOnlyList<ListNoticeView>>>(s => s.NoticesAsync("seoul-sibo", Ct))).Value.Count);
    }

    [Fact]
    public async Task Withdraw_ManageToken_WithdrawnAtOnceForgedTokenChangesNothing()
    {
        await using var host = await SeededAsync(provider);
        await SubscribeAsync(host, "jung@example.com", "seoul-sibo", "sema-news");
        var confirmed = (await ConfirmAsync(host, await TokenAsync(host, "jung@example.com"))).Value;

        var forged = await host.WithAsync<SubscriptionService, Result<IReadOnlyList<ConsentView>>>(s =>
            s.WithdrawAsync(new WithdrawRequest(confirmed.ManageToken[..^2] + "AA", null, null), Ct));
        Assert.Equal("subscription.token.invalid", forged.Error?.Code);
        Assert.All(await ConsentsAsync(host), c => Assert.Equal(ConsentState.Active, c.State));

        var withdrawn = await host.WithAsync<SubscriptionService, Result<IReadOnlyList<ConsentView>>>(s =>
            s.WithdrawAsync(new WithdrawRequest(confirmed.ManageToken, ["sema-news"], DeliveryChannel.Email), Ct));

        Assert.True(withdrawn.IsSuccess);
        var consents = await ConsentsAsync(host);
        Assert.Equal([ConsentState.Active, ConsentState.Withdrawn], consents.Select(c => c.State));
        Assert.False(ConsentLifecycle.AllowsSending(consents[1].State, consents[1].RenewalDueAt, host.Time.GetUtcNow()));
        var again = await host.WithAsync<SubscriptionService, Result<IReadOnlyList<ConsentView>>>(s =>
            s.WithdrawAsync(new WithdrawRequest(confirmed.ManageToken, ["sema-news"], null), Ct));
        Assert.Equal("consent.invalid_transition", again.Error?.Code);
    }

    [Fact]
    public async Task WithdrawByStaff_WithReason_EventAndAuditWithoutReasonRefused()
    {
        await using var host = await SeededAsync(provider);
        var receipt = (await SubscribeAsync(host, "han@example.com", "seoul-sibo")).Value;
        var consentId = receipt.Consents[0].ConsentId;

        var noReason = await host.WithAsync<SubscriptionService, Result<ConsentView>>(s => s.WithdrawByStaffAsync(Actor.Staff("kim"), receipt.SubscriberId!.Value, consentId, " ", Ct));
        var done = await host.WithAsync<SubscriptionService, Result<ConsentView>>(s => s.WithdrawByStaffAsync(Actor.Staff("kim"), receipt.SubscriberId!.Value, consentId, "전화 요청", Ct));

        Assert.Equal("consent.reason.required", noReason.Error?.Code);
        Assert.Equal(ConsentState.Withdrawn, done.Value.State);
        var last = (await EventsAsync(host))[^1];
        Assert.Equal((ConsentEventKind.Withdrawn, "staff:kim", "staff: 전화 요청"), (last.Kind, last.Actor, last.Detail));
    }

    [Fact]
    public async Task OneClick_SubscriberConsent_WithdrawnRepeatIsHarmlessOtherSubscriberNot()
    {
        await using var host = await SeededAsync(provider);
        var receipt = (await SubscribeAsync(host, "yoon@example.com", "seoul-sibo")).Value;
        var id = receipt.Consents[0].ConsentId;

        Assert.False(await host.WithAsync<SubscriptionService, bool>(s => s.WithdrawOneClickAsync(Guid.NewGuid(), id, Ct)));
        Assert.True(await host.WithAsync<SubscriptionService, bool>(s => s.WithdrawOneClickAsync(receipt.SubscriberId!.Value, id, Ct)));
        Assert.True(await host.WithAsync<SubscriptionService, bool>(s => s.WithdrawOneClickAsync(receipt.SubscriberId!.Value, id, Ct)));

        var consent = Assert.Single(await ConsentsAsync(host));
        Assert.Equal((ConsentState.Withdrawn, WithdrawalReasons.OneClick), (consent.State, consent.EndReason));
        Assert.Equal(2, (await EventsAsync(host)).Count);
    }

    [Fact]
    public async Task Reaffirm_ReminderToken_RenewsOnceTooLateRefused()
    {
        await using var host = await SeededAsync(provider);
        await SubscribeAsync(host, "kang@example.com", "seoul-sibo");
        var confirmed = (await ConfirmAsync(host, await TokenAsync(host, "kang@example.com"))).Value;
        var consent = Assert.Single(await ConsentsAsync(host));
        var tokens = host.Services.GetRequiredService<CitizenTokens>();
        var token = tokens.Reconsent(confirmed.SubscriberId, consent, consent.RenewalDueAt!.Value);
        host.Time.Advance(TimeSpan.FromDays(700));

        var renewed = await host.WithAsync<SubscriptionService, Result<ConfirmationResult>>(s => s.ReaffirmAsync(token, Web, Ct));
        var reused = await host.WithAsync<SubscriptionService, Result<ConfirmationResult>>(s => s.ReaffirmAsync(token, Web, Ct));

        Assert.True(renewed.IsSuccess);
        Assert.Equal(host.Time.GetUtcNow().AddYears(2), renewed.Value.Consents[0].RenewalDueAt);
        Assert.Equal("subscription.token.invalid", reused.Error?.Code);
        var late = Assert.Single(await ConsentsAsync(host));
        var lateToken = tokens.Reconsent(confirmed.SubscriberId, late, late.RenewalDueAt!.Value.AddDays(30));
        host.Time.Advance(TimeSpan.FromDays(731));
        Assert.Equal("subscription.reconsent.too_late", (await host.WithAsync<SubscriptionService, Result<ConfirmationResult>>(s => s.ReaffirmAsync(lateToken, Web, Ct))).Error?.Code);
    }

    [Fact]
    public async Task CreateDepartmentList_ValidAndDuplicate_CreatedThenConflict()
    {
        await using var host = await SeededAsync(provider);
        var draft = new DepartmentListDraft("dept-citizen-service", "시민봉사담당관 공지", "Citizen service announcements", "시민봉사담당관", null,
            ListNoticeTexts.For("시민봉사담당관 공지", ListKind.Department, ConsentRegime.PolicyCustomer));

        var created = await host.WithAsync<MailingListService, Result<MailingListView>>(s => s.CreateDepartmentListAsync(Actor.Staff("kim"), draft, Ct));
        var duplicate = await host.WithAsync<MailingListService, Result<MailingListView>>(s => s.CreateDepartmentListAsync(Actor.Staff("kim"), draft, Ct));
        var badKey = await host.WithAsync<MailingListService, Result<MailingListView>>(s => s.CreateDepartmentListAsync(Actor.Staff("kim"), draft with { Key = "Bad Key" }, Ct));

        Assert.Equal((ListKind.Department, ConsentRegime.PolicyCustomer), (created.Value.Kind, created.Value.Regime));
        Assert.Equal(("list.key.duplicate", "list.key.invalid"), (duplicate.Error?.Code, badKey.Error?.Code));
    }
}

public sealed class SubscriptionSqliteTests() : SubscriptionContract(StorageProvider.Sqlite);

public sealed class SubscriptionPostgresTests() : SubscriptionContract(StorageProvider.PostgreSql);
