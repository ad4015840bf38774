using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Audiences.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.Maintenance.UpkeepArrange;

namespace SeoulMonitor.Core.Tests.Audiences.Maintenance;

/// <summary>The daily consent upkeep on each provider, driven by a fake clock across years.</summary>
public abstract class ConsentMaintenanceContract(StorageProvider provider)
{
    private static readonly TimeSpan Lead = TimeSpan.FromDays(30);

    [Fact]
    public async Task Run_PolicyCustomerInsideLead_QueuesOneReminderPerCycleWithSignedLink()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var list = await host.AddListAsync(ConsentRegime.PolicyCustomer);
        var person = await host.AddSubscriberAsync("reader@example.com");
        var id = await host.AddActiveConsentAsync(person.Id, list, policyCustomer: true);
        var due = (await host.ConsentAsync(id)).RenewalDueAt!.Value;

        host.Time.SetUtcNow(due - Lead - TimeSpan.FromHours(1));
        var early = await host.RunMaintenanceAsync();
        host.Time.SetUtcNow(due - Lead + TimeSpan.FromHours(1));
        var first = await host.RunMaintenanceAsync();
        var again = await host.RunMaintenanceAsync();
        host.Time.Advance(TimeSpan.FromDays(10));
        var later = await host.RunMaintenanceAsync();

        Assert.Equal((0, 1, 0, 0), (early.RemindersQueued, first.RemindersQueued, again.RemindersQueued, later.RemindersQueued));
        var notice = Assert.Single(await host.NoticesAsync());
        Assert.Equal((OutboxKinds.Reconsent, "reader@example.com", DeliveryChannel.Email), (notice.Kind, notice.To, notice.Channel));
        var token = Uri.UnescapeDataString(notice.TextBody.Split("?token=")[1].Split('\n')[0].Trim());
        var tokens = host.Services.GetRequiredService<CitizenTokens>();
        Assert.True(tokens.TryReadReconsent(token, out _, out var consentId, out _, out var expiresAt));
        Assert.Equal((id, due), (consentId, expiresAt));
        Assert.Equal([ConsentEventKind.Confirmed, ConsentEventKind.ReminderQueued], (await host.EventsAsync(id)).Select(e => e.Kind));
        Assert.Equal(ConsentState.Active, (await host.ConsentAsync(id)).State);

        // The reminder's link is what the public re-consent endpoint takes: it renews the consent once.
        var renewed = await host.WithAsync<SubscriptionService, Result<ConfirmationResult>>(s => s.ReaffirmAsync(token, SubscriptionKit.Web, Ct));
        var replayed = await host.WithAsync<SubscriptionService, Result<ConfirmationResult>>(s => s.ReaffirmAsync(token, SubscriptionKit.Web, Ct));
        Assert.True(renewed.IsSuccess);
        Assert.False(replayed.IsSuccess);
        Assert.Equal(host.Time.GetUtcNow().AddYears(2), (await host.ConsentAsync(id)).RenewalDueAt);
    }

    [Fact]
    public async Task Run_AtRenewalDate_LapsesEndedAtDueAndSendingStoppedAtThatInstant()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var list = await host.AddListAsync(ConsentRegime.PolicyCustomer);
        var keeper = await host.AddSubscriberAsync("keeper@example.com");
        await host.AddActiveConsentAsync(keeper.Id, await host.AddListAsync(ConsentRegime.Informational, "fire-11"), policyCustomer: false);
        var id = await host.AddActiveConsentAsync(keeper.Id, list, policyCustomer: true);
        var due = (await host.ConsentAsync(id)).RenewalDueAt!.Value;

        Assert.True(ConsentLifecycle.AllowsSending(ConsentState.Active, due, due - TimeSpan.FromTicks(1)));
        Assert.False(ConsentLifecycle.AllowsSending(ConsentState.Active, due, due));
        host.Time.SetUtcNow(due + TimeSpan.FromHours(5));
        var run = await host.RunMaintenanceAsync();

        var consent = await host.ConsentAsync(id);
        Assert.Equal((1, ConsentState.Lapsed, due, ConsentMaintenanceService.LapsedReason), (run.Lapsed, consent.State, consent.EndedAt, consent.EndReason));
        Assert.Equal(ConsentEventKind.Lapsed, (await host.EventsAsync(id))[^1].Kind);
        Assert.True(await host.SubscriberExistsAsync(keeper.Id)); // the informational consent still keeps the person
    }

    [Fact]
    public async Task Run_LapsedAndJobMissedDays_DestroyedWithinFiveDaysLeavingOnlyAnonymousCounts()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var policy = await host.AddListAsync(ConsentRegime.PolicyCustomer);
        var museum = await host.AddListAsync(ConsentRegime.Advertising, "museum");
        var person = await host.AddSubscriberAsync("gone@example.com", "01055556666");
        var id = await host.AddActiveConsentAsync(person.Id, policy, policyCustomer: true);
        await host.AddConsentAsync(person.Id, museum, ConsentState.Withdrawn, DeliveryChannel.Sms, c => c.EndedAt = host.Time.GetUtcNow());
        await host.QueryAsync(async db =>
        {
            db.Add(new SuppressionEntry { Channel = DeliveryChannel.Email, AddressHash = AddressHash.Of("gone@example.com"), Address = "gone@example.com", Reason = SuppressionReason.Complaint, CreatedAt = host.Time.GetUtcNow(), CreatedBy = "system" });
            return await db.SaveChangesAsync(Ct);
        });
        var due = (await host.ConsentAsync(id)).RenewalDueAt!.Value;

        host.Time.SetUtcNow(due + TimeSpan.FromDays(3)); // the job did not run for three days
        var run = await host.RunMaintenanceAsync();

        Assert.Equal((1, 1), (run.Lapsed, run.SubscribersDestroyed));
        Assert.False(await host.SubscriberExistsAsync(person.Id));
        Assert.True(host.Time.GetUtcNow() - due <= TimeSpan.FromDays(MaintenanceLimits.DestructionDeadlineDays));
        var records = await host.QueryAsync(db => db.Set<DestructionRecord>().AsNoTracking().ToListAsync(Ct));
        Assert.Equal(
            [(DestructionReasons.Lapsed, (Guid?)null, 1), (DestructionReasons.Lapsed, policy.ListId, 1), (DestructionReasons.Lapsed, museum.ListId, 1)],
            records.Select(r => (r.Reason, r.ListId, r.Count)).OrderBy(r => r.ListId.HasValue).ThenBy(r => r.ListId == policy.ListId ? 0 : 1));
        var suppression = await host.QueryAsync(db => db.Set<SuppressionEntry>().AsNoTracking().SingleAsync(Ct));
        Assert.Equal((AddressHash.Of("gone@example.com"), (string?)null), (suppression.AddressHash, suppression.Address));
        Assert.Empty(await host.ScanAllTablesAsync("gone@example.com"));
        Assert.Empty(await host.ScanAllTablesAsync("01055556666"));
    }

    [Fact]
    public async Task Run_ReaffirmedBeforeDue_NotLapsedAndRemindedAgainInTheNextCycle()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var list = await host.AddListAsync(ConsentRegime.PolicyCustomer);
        var person = await host.AddSubscriberAsync("loyal@example.com");
        var id = await host.AddActiveConsentAsync(person.Id, list, policyCustomer: true);
        var due = (await host.ConsentAsync(id)).RenewalDueAt!.Value;
        host.Time.SetUtcNow(due - TimeSpan.FromDays(10));
        await host.RunMaintenanceAsync();
        host.Time.Advance(TimeSpan.FromDays(1)); // the person answers the reminder the next day

        var affirmed = host.Time.GetUtcNow();
        await host.QueryAsync(db => db.Set<Consent>().Where(c => c.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.LastAffirmedAt, affirmed).SetProperty(c => c.RenewalDueAt, RenewalCalendar.PolicyCustomerDueAt(affirmed)), Ct));
        host.Time.SetUtcNow(due + TimeSpan.FromDays(1));
        var afterOldDue = await host.RunMaintenanceAsync();
        host.Time.SetUtcNow(RenewalCalendar.PolicyCustomerDueAt(affirmed) - TimeSpan.FromDays(5));
        var nextCycle = await host.RunMaintenanceAsync();

        Assert.Equal((0, 0, 1), (afterOldDue.Lapsed, afterOldDue.SubscribersDestroyed, nextCycle.RemindersQueued));
        Assert.Equal(2, (await host.NoticesAsync()).Count);
        Assert.Equal(ConsentState.Active, (await host.ConsentAsync(id)).State);
    }

    [Fact]
    public async Task Run_PendingConfirmationExpired_BecomesUnconfirmedAndPersonIsDestroyed()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var list = await host.AddListAsync(ConsentRegime.PolicyCustomer);
        var person = await host.AddSubscriberAsync("never@example.com");
        var expires = host.Time.GetUtcNow() + TimeSpan.FromDays(2);
        var id = await host.AddConsentAsync(person.Id, list, ConsentState.Pending, DeliveryChannel.Email, c =>
        {
            c.ConfirmationTokenHash = new string('a', 64);
            c.ConfirmationExpiresAt = expires;
        });

        await host.AdvanceDaysAsync(1);
        Assert.Equal(ConsentState.Pending, (await host.ConsentAsync(id)).State);
        host.Time.Advance(TimeSpan.FromDays(1));
        var run = await host.RunMaintenanceAsync();

        Assert.Equal((1, 1), (run.Unconfirmed, run.SubscribersDestroyed));
        Assert.False(await host.SubscriberExistsAsync(person.Id));
        var record = await host.QueryAsync(db => db.Set<DestructionRecord>().AsNoTracking().SingleAsync(r => r.ListId == null, Ct));
        Assert.Equal((DestructionReasons.NoConsent, 1), (record.Reason, record.Count));
    }

    [Fact]
    public async Task Run_AdvertisingConsent_NoticeEveryTwoYearsOnConsentDateAndSilenceKeepsIt()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var list = await host.AddListAsync(ConsentRegime.Advertising, "museum");
        var person = await host.AddSubscriberAsync(null, "010-2345-6789".Replace("-", string.Empty, StringComparison.Ordinal));
        var id = await host.AddActiveConsentAsync(person.Id, list, policyCustomer: false, DeliveryChannel.Sms);
        var first = RenewalCalendar.AdvertisingConfirmationDate(host.Time.GetUtcNow(), 1);
        var second = RenewalCalendar.AdvertisingConfirmationDate(host.Time.GetUtcNow(), 2);

        host.Time.SetUtcNow(first - Lead - TimeSpan.FromHours(1));
        var before = await host.RunMaintenanceAsync();
        host.Time.SetUtcNow(first - Lead + TimeSpan.FromHours(1));
        var atFirst = await host.RunMaintenanceAsync();
        host.Time.SetUtcNow(first + TimeSpan.FromDays(40)); // silence
        var silence = await host.RunMaintenanceAsync();
        host.Time.SetUtcNow(second - Lead + TimeSpan.FromHours(1));
        var atSecond = await host.RunMaintenanceAsync();
        var repeat = await host.RunMaintenanceAsync();

        Assert.Equal((0, 1, 0, 1, 0), (before.AdvertisingNoticesQueued, atFirst.AdvertisingNoticesQueued, silence.AdvertisingNoticesQueued, atSecond.AdvertisingNoticesQueued, repeat.AdvertisingNoticesQueued));
        var consent = await host.ConsentAsync(id);
        Assert.Equal(ConsentState.Active, consent.State);
        Assert.True(ConsentLifecycle.AllowsSending(consent.State, consent.RenewalDueAt, host.Time.GetUtcNow()));
        var notices = await host.NoticesAsync();
        Assert.All(notices, n => Assert.Equal((OutboxKinds.AdvertisingConfirmation, "01023456789"), (n.Kind, n.To)));
        Assert.Contains("2026-03-02", notices[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("서울특별시", notices[0].TextBody, StringComparison.Ordinal);
        Assert.All((await host.EventsAsync(id)).Skip(1), e => Assert.Equal(ConsentEventKind.ReminderQueued, e.Kind));
    }

    [Fact]
    public async Task Run_Twice_SecondRunChangesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var policy = await host.AddListAsync(ConsentRegime.PolicyCustomer);
        var ads = await host.AddListAsync(ConsentRegime.Advertising, "ads");
        for (var i = 0; i < 5; i++)
        {
            var p = await host.AddSubscriberAsync($"p{i}@example.com");
            await host.AddActiveConsentAsync(p.Id, i % 2 == 0 ? policy : ads, policyCustomer: i % 2 == 0);
        }

        var bare = await host.AddSubscriberAsync("bare@example.com");
        host.Time.Advance(TimeSpan.FromDays(2 * 365 - 20));
        var first = await host.RunMaintenanceAsync();
        var second = await host.RunMaintenanceAsync();

        Assert.Equal((3, 2, 1), (first.RemindersQueued, first.AdvertisingNoticesQueued, first.SubscribersDestroyed));
        Assert.Equal(new MaintenanceRun(second.At, 0, 0, 0, 0, 0, 0, 0), second);
        Assert.False(await host.SubscriberExistsAsync(bare.Id));
    }

    [Fact]
    public async Task Run_SubscriberWithoutConsents_KeptDuringGraceThenDestroyed()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var bare = await host.AddSubscriberAsync("new@example.com");

        var early = await host.RunMaintenanceAsync();
        host.Time.Advance(MaintenanceLimits.NoConsentGrace);
        var late = await host.RunMaintenanceAsync();

        Assert.Equal((0, 1), (early.SubscribersDestroyed, late.SubscribersDestroyed));
        Assert.False(await host.SubscriberExistsAsync(bare.Id));
    }

    [Fact]
    public async Task Run_ActivePolicyConsentWithoutRenewalDate_GetsOneFromLastAffirmation()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var list = await host.AddListAsync(ConsentRegime.PolicyCustomer);
        var person = await host.AddSubscriberAsync("undated@example.com");
        var affirmed = host.Time.GetUtcNow();
        var id = await host.AddConsentAsync(person.Id, list, ConsentState.Active, DeliveryChannel.Email, c => c.LastAffirmedAt = affirmed);

        var run = await host.RunMaintenanceAsync();

        Assert.Equal(1, run.RenewalsScheduled);
        Assert.Equal(RenewalCalendar.PolicyCustomerDueAt(affirmed), (await host.ConsentAsync(id)).RenewalDueAt);
    }
}

public sealed class ConsentMaintenanceSqliteTests() : ConsentMaintenanceContract(StorageProvider.Sqlite);

public sealed class ConsentMaintenancePostgresTests() : ConsentMaintenanceContract(StorageProvider.PostgreSql);
