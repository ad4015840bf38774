using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.AudienceArrange;

namespace SeoulMonitor.Core.Tests.Audiences;

/// <summary>The engine's reasons mirrored into Core, lifts by staff and the durable outbox that carries them to the engine.</summary>
public abstract class SuppressionLiftContract(StorageProvider provider)
{
    private static readonly Actor Staff = Actor.Staff("staff-kim");

    [Theory]
    [InlineData(SuppressionReason.HardBounce)]
    [InlineData(SuppressionReason.Complaint)]
    [InlineData(SuppressionReason.SoftBounces)]
    [InlineData(SuppressionReason.PermanentFailure)]
    [InlineData(SuppressionReason.CarrierFailure)]
    [InlineData(SuppressionReason.Unsubscribed)]
    public async Task MirrorAsync_EachEngineReason_StoredWithReasonAndEngineSourceOnce(SuppressionReason reason)
    {
        await using var host = await HostAsync(provider);
        var channel = reason == SuppressionReason.CarrierFailure ? DeliveryChannel.Sms : DeliveryChannel.Email;
        var address = channel == DeliveryChannel.Sms ? "010-2345-6789" : "Kim@Example.com";

        var first = await Mirror(host, channel, address, reason, host.Time.GetUtcNow());
        var again = await Mirror(host, channel, address, reason, host.Time.GetUtcNow());

        Assert.Equal((SuppressionMirrorOutcome.Added, SuppressionMirrorOutcome.AlreadyPresent), (first.Value, again.Value));
        var entry = Assert.Single(await host.WithAsync<SeoulMonitorDbContext, List<SuppressionEntry>>(db => db.Set<SuppressionEntry>().ToListAsync(Ct)));
        Assert.Equal((reason, SuppressionSource.Engine, "system:system"), (entry.Reason, entry.Source, entry.CreatedBy));
        Assert.Equal(1, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<AuditEntry>().CountAsync(e => e.Event == "Mirror", Ct)));
    }

    [Fact]
    public async Task MirrorAsync_BadAddress_RefusedAndNothingWritten()
    {
        await using var host = await HostAsync(provider);

        var result = await Mirror(host, DeliveryChannel.Email, "not-an-address", SuppressionReason.HardBounce, host.Time.GetUtcNow());

        Assert.Equal("subscriber.email.invalid", result.Error?.Code);
        Assert.Equal(0, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<SuppressionEntry>().CountAsync(Ct)));
    }

    [Fact]
    public async Task LiftAsync_StaffEntryWithReason_EntryGoneLiftPendingAndAudited()
    {
        await using var host = await HostAsync(provider);
        var entry = await AddAsync(host, "kim@example.com", SuppressionReason.HardBounce);

        var lift = await Lift(host, entry.Id, "  person asked, address fixed ");

        Assert.True(lift.IsSuccess, lift.Error?.Code);
        Assert.Equal(("person asked, address fixed", "kim@example.com", SuppressionReason.HardBounce, (DateTimeOffset?)null),
            (lift.Value.Reason, lift.Value.Address, lift.Value.EntryReason, lift.Value.AppliedAt));
        Assert.False(await host.WithAsync<SuppressionService, bool>(s => s.IsSuppressedAsync(DeliveryChannel.Email, "kim@example.com", Ct)));
        var due = await host.WithAsync<SuppressionLiftOutbox, IReadOnlyList<SuppressionLiftView>>(o => o.DueAsync(SuppressionLimits.LiftBatchSize, Ct));
        Assert.Equal(lift.Value.Id, Assert.Single(due).Id);
        var audit = await host.WithAsync<SeoulMonitorDbContext, AuditEntry>(db => db.Set<AuditEntry>().SingleAsync(e => e.Event == "Lift", Ct));
        Assert.Equal(("Suppressed", "Lifted", "person asked, address fixed"), (audit.FromState, audit.ToState, audit.Reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task LiftAsync_NoReasonOrTooLong_RefusedAndNothingWritten(string? reason)
    {
        await using var host = await HostAsync(provider);
        var entry = await AddAsync(host, "kim@example.com", SuppressionReason.Staff);

        var missing = await Lift(host, entry.Id, reason);
        var tooLong = await Lift(host, entry.Id, new string('x', AudienceLimits.ReasonMaxLength + 1));
        var longest = await Lift(host, entry.Id, new string('x', AudienceLimits.ReasonMaxLength));

        Assert.Equal(("suppression.lift.reason_required", "suppression.lift.reason_required"), (missing.Error?.Code, tooLong.Error?.Code));
        Assert.True(longest.IsSuccess);
        Assert.Equal(1, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<SuppressionLift>().CountAsync(Ct)));
        Assert.Equal(0, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<AuditEntry>().CountAsync(e => e.Event == "Lift" && e.Reason == null, Ct)));
    }

    [Fact]
    public async Task LiftAsync_UnknownId_NotFoundAndNothingWritten()
    {
        await using var host = await HostAsync(provider);

        var result = await Lift(host, 4242, "why");

        Assert.Equal("suppression.not_found", result.Error?.Code);
        Assert.Equal(0, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<SuppressionLift>().CountAsync(Ct)));
    }

    [Fact]
    public async Task LiftAsync_EngineComplaint_RefusedUntilFreshActiveConsentThenLifted()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "news");
        var person = await SubscriberAsync(host, 1);
        var old = await ConsentAsync(host, person, list);
        host.Time.Advance(TimeSpan.FromDays(1));
        await Mirror(host, DeliveryChannel.Email, person.Email!, SuppressionReason.Complaint, host.Time.GetUtcNow());
        var entry = await EntryAsync(host, person.Email!);

        var refused = await Lift(host, entry.Id, "they called us");
        host.Time.Advance(TimeSpan.FromDays(1));
        await UpdateAsync(host, old, c => c.LastAffirmedAt = host.Time.GetUtcNow());
        var lifted = await Lift(host, entry.Id, "they subscribed again");

        Assert.Equal("suppression.lift.consent_required", refused.Error?.Code);
        Assert.True(lifted.IsSuccess, lifted.Error?.Code);
    }

    [Fact]
    public async Task LiftAsync_EngineComplaintWithFreshConsentOnOtherChannelOrWithdrawn_Refused()
    {
        await using var host = await HostAsync(provider);
        var list = await ListAsync(host, "news");
        var person = await SubscriberAsync(host, 1);
        await Mirror(host, DeliveryChannel.Email, person.Email!, SuppressionReason.Complaint, host.Time.GetUtcNow());
        host.Time.Advance(TimeSpan.FromDays(1));
        await ConsentAsync(host, person, list, channel: DeliveryChannel.Sms);
        await ConsentAsync(host, person, await ListAsync(host, "other"), ConsentState.Withdrawn);
        var entry = await EntryAsync(host, person.Email!);

        Assert.Equal("suppression.lift.consent_required", (await Lift(host, entry.Id, "asked")).Error?.Code);
    }

    [Fact]
    public async Task LiftAsync_StaffEnteredComplaint_LiftedWithTheReasonAlone()
    {
        await using var host = await HostAsync(provider);
        var entry = await AddAsync(host, "kim@example.com", SuppressionReason.Complaint);

        Assert.True((await Lift(host, entry.Id, "entered by mistake")).IsSuccess);
    }

    [Fact]
    public async Task MirrorAsync_StaleEngineEntryAfterLiftThenNewSuppression_SkippedThenAdded()
    {
        await using var host = await HostAsync(provider);
        var engineAt = host.Time.GetUtcNow();
        await Mirror(host, DeliveryChannel.Email, "kim@example.com", SuppressionReason.HardBounce, engineAt);
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await Lift(host, (await EntryAsync(host, "kim@example.com")).Id, "mailbox works again");

        var stale = await Mirror(host, DeliveryChannel.Email, "kim@example.com", SuppressionReason.HardBounce, engineAt);
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var fresh = await Mirror(host, DeliveryChannel.Email, "kim@example.com", SuppressionReason.SoftBounces, host.Time.GetUtcNow());

        Assert.Equal((SuppressionMirrorOutcome.Lifted, SuppressionMirrorOutcome.Added), (stale.Value, fresh.Value));
        Assert.Equal(SuppressionReason.SoftBounces, (await EntryAsync(host, "kim@example.com")).Reason);
    }

    [Fact]
    public async Task Outbox_FailTwiceThenComplete_BacksOffDoublingThenAppliedOnceAndFollowable()
    {
        await using var host = await HostAsync(provider);
        var lift = (await Lift(host, (await AddAsync(host, "kim@example.com", SuppressionReason.Staff)).Id, "why")).Value;
        var start = host.Time.GetUtcNow();

        var firstRetry = await Outbox(host, o => o.FailAsync(lift.Id, "ledger unreachable", Ct));
        var dueWhileWaiting = await Outbox(host, o => o.DueAsync(10, Ct));
        host.Time.Advance(TimeSpan.FromSeconds(30));
        var secondRetry = await Outbox(host, o => o.FailAsync(lift.Id, "again", Ct));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await Outbox(host, o => o.DueAsync(10, Ct));
        var completed = await Outbox(host, o => o.CompleteAsync(lift.Id, SuppressionLiftOutcome.Lifted, Ct));
        var completedAgain = await Outbox(host, o => o.CompleteAsync(lift.Id, SuppressionLiftOutcome.Absent, Ct));
        var followed = await Outbox(host, o => o.AppliedSinceAsync(start, 0, 10, Ct));
        var afterIt = await Outbox(host, o => o.AppliedSinceAsync(followed[0].AppliedAt!.Value, followed[0].Id, 10, Ct));

        Assert.Equal(start.AddSeconds(30), firstRetry);
        Assert.Empty(dueWhileWaiting);
        Assert.Equal(start.AddSeconds(30).AddMinutes(1), secondRetry);
        Assert.Single(due);
        Assert.Equal((true, false), (completed, completedAgain));
        Assert.Equal((SuppressionLiftOutcome.Lifted, 2), (Assert.Single(followed).Outcome, followed[0].Attempts));
        Assert.Empty(afterIt);
        Assert.Empty(await Outbox(host, o => o.DueAsync(10, Ct)));
    }

    [Fact]
    public async Task DueAsync_FirstLiftWaitingAfterFailure_LaterLiftsWaitToo()
    {
        await using var host = await HostAsync(provider);
        var first = (await Lift(host, (await AddAsync(host, "a@example.com", SuppressionReason.Staff)).Id, "why")).Value;
        var second = (await Lift(host, (await AddAsync(host, "b@example.com", SuppressionReason.Staff)).Id, "why")).Value;

        await Outbox(host, o => o.FailAsync(first.Id, "ledger unreachable", Ct));
        var waiting = await Outbox(host, o => o.DueAsync(10, Ct));
        var pending = await Outbox(host, o => o.PendingCountAsync(Ct));
        host.Time.Advance(TimeSpan.FromSeconds(30));
        var due = await Outbox(host, o => o.DueAsync(10, Ct));
        var one = await Outbox(host, o => o.DueAsync(1, Ct));

        Assert.Empty(waiting);
        Assert.Equal(2, pending);
        Assert.Equal([first.Id, second.Id], due.Select(l => l.Id));
        Assert.Equal([first.Id], one.Select(l => l.Id));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Outbox(host, o => o.DueAsync(SuppressionLimits.LiftBatchSize + 1, Ct)));
    }

    [Fact]
    public void RetryDelay_Attempts_DoublesFromThirtySecondsUpToAnHour()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), SuppressionLiftOutbox.RetryDelay(1));
        Assert.Equal(TimeSpan.FromMinutes(32), SuppressionLiftOutbox.RetryDelay(7));
        Assert.Equal(TimeSpan.FromHours(1), SuppressionLiftOutbox.RetryDelay(8));
        Assert.Equal(TimeSpan.FromHours(1), SuppressionLiftOutbox.RetryDelay(int.MaxValue));
    }

    [Fact]
    public async Task GetByAddressAsync_SuppressedLiftedAndBad_EntryLiftsOrCode()
    {
        await using var host = await HostAsync(provider);
        var entry = await AddAsync(host, "kim@example.com", SuppressionReason.Staff);
        await Lift(host, entry.Id, "first lift");
        await AddAsync(host, "kim@example.com", SuppressionReason.Complaint);

        var view = (await host.WithAsync<SuppressionService, Result<SuppressionAddressView>>(s => s.GetByAddressAsync(DeliveryChannel.Email, " KIM@example.com", Ct))).Value;
        var bad = await host.WithAsync<SuppressionService, Result<SuppressionAddressView>>(s => s.GetByAddressAsync(DeliveryChannel.Sms, "12", Ct));

        Assert.Equal(("kim@example.com", SuppressionReason.Complaint), (view.Address, view.Entry?.Reason));
        Assert.Equal("first lift", Assert.Single(view.Lifts).Reason);
        Assert.Equal("subscriber.mobile.invalid", bad.Error?.Code);
    }

    private static Task<Result<SuppressionMirrorOutcome>> Mirror(
        CoreTestHost host, DeliveryChannel channel, string address, SuppressionReason reason, DateTimeOffset at) =>
        host.WithAsync<SuppressionService, Result<SuppressionMirrorOutcome>>(s => s.MirrorAsync(channel, address, reason, "engine note", at, Ct));

    private static Task<Result<SuppressionLiftView>> Lift(CoreTestHost host, long id, string? reason) =>
        host.WithAsync<SuppressionService, Result<SuppressionLiftView>>(s => s.LiftAsync(Staff, id, reason, Ct));

    private static Task<T> Outbox<T>(CoreTestHost host, Func<SuppressionLiftOutbox, Task<T>> work) => host.WithAsync(work);

    private static async Task<SuppressionView> AddAsync(CoreTestHost host, string address, SuppressionReason reason) =>
        (await host.WithAsync<SuppressionService, Result<SuppressionView>>(s => s.AddAsync(Staff, DeliveryChannel.Email, address, null, reason, null, Ct))).Value;

    private static Task<SuppressionEntry> EntryAsync(CoreTestHost host, string address) =>
        host.WithAsync<SeoulMonitorDbContext, SuppressionEntry>(db => db.Set<SuppressionEntry>().SingleAsync(s => s.Address == address, Ct));
}

public sealed class SuppressionLiftSqliteTests() : SuppressionLiftContract(StorageProvider.Sqlite);

public sealed class SuppressionLiftPostgresTests() : SuppressionLiftContract(StorageProvider.PostgreSql);
