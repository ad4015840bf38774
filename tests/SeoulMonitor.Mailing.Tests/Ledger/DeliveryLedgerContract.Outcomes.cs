using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>Outcomes, finishing, records and suppressions.</summary>
public abstract partial class DeliveryLedgerContract
{
    [Fact]
    public async Task Complete_1200MixedOutcomesInOneCall_AppliesEveryOne()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 1_200);
        await db.Ledger.ClaimAsync(campaign, 1_200, "node-a", Now, Now.AddMinutes(5), false, Ct);

        await db.Ledger.CompleteAsync(MixedOutcomes(campaign, 1_200), Now.AddMinutes(1), Ct);
        var counts = await db.Ledger.CountAsync(campaign, Ct);
        var deferred = await db.Ledger.GetDeliveryAsync(campaign, "r2", Ct);
        var failed = await db.Ledger.GetDeliveryAsync(campaign, "r3", Ct);
        var released = await db.Ledger.GetDeliveryAsync(campaign, "r4", Ct);

        Assert.Equal(new DeliveryCounts(300, 0, 300, 300, 300, 0, 0, 0), counts);
        Assert.Equal(DeliveryState.Deferred, deferred!.State);
        Assert.Equal(Now.AddMinutes(30), deferred.RetryAt);
        Assert.Equal(451, deferred.ReplyCode);
        Assert.Equal(1, deferred.Attempts);
        Assert.Equal((DeliveryState.Failed, 550, "5.1.1 no such user", 1), (failed!.State, failed.ReplyCode, failed.Reply, failed.Attempts));
        Assert.Equal((DeliveryState.Pending, 0, Now.AddMinutes(1)), (released!.State, released.Attempts, released.UpdatedAt));
    }

    [Fact]
    public async Task Complete_LateOutcomeForFinalRow_NeverOverwritesIt()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2);
        await db.Ledger.ClaimAsync(campaign, 2, "node-a", Now, Now.AddMinutes(5), false, Ct);
        await db.Ledger.CompleteAsync([new DeliveryOutcome(campaign, 1, DeliveryState.Sent, true, null, 250, "queued")], Now, Ct);

        await db.NewLedger().CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Failed, true, null, 550, "late"),
            new DeliveryOutcome(campaign, 1, DeliveryState.Pending, false),
            new DeliveryOutcome(campaign, 2, DeliveryState.Sent, true, null, 250, "queued"),
        ], Now.AddMinutes(1), Ct);
        var first = await db.Ledger.GetDeliveryAsync(campaign, "r1", Ct);

        Assert.Equal((DeliveryState.Sent, 250, "queued", 1, Now), (first!.State, first.ReplyCode, first.Reply, first.Attempts, first.UpdatedAt));
        Assert.Equal(DeliveryState.Sent, (await db.Ledger.GetDeliveryAsync(campaign, "r2", Ct))!.State);
    }

    [Fact]
    public async Task Complete_ReleaseAndConnectionErrors_DoNotCountAttemptsAndFreeTheLease()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2);
        await db.Ledger.ClaimAsync(campaign, 2, "node-a", Now, Now.AddMinutes(5), false, Ct);

        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Pending, true),
            new DeliveryOutcome(campaign, 2, DeliveryState.Deferred, false, Now, null, "connection reset"),
        ], Now, Ct);
        var reclaimed = await db.NewLedger().ClaimAsync(campaign, 10, "node-b", Now, Now.AddMinutes(5), false, Ct);

        Assert.Equal([1L, 2], reclaimed.Select(d => d.Sequence));
        Assert.All(reclaimed, d => Assert.Equal(0, d.Attempts));
    }

    [Fact]
    public async Task Complete_InFlightOrUndatedDeferral_ThrowsArgumentException()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 1);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Ledger.CompleteAsync([new DeliveryOutcome(campaign, 1, DeliveryState.InFlight, true)], Now, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Ledger.CompleteAsync([new DeliveryOutcome(campaign, 1, DeliveryState.Deferred, true)], Now, Ct));
        await db.Ledger.CompleteAsync([], Now, Ct);
    }

    [Fact]
    public async Task NextRetryAt_DeferredRows_ReturnsTheEarliest()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 3);
        var before = await db.Ledger.NextRetryAtAsync(campaign, Ct);
        await db.Ledger.ClaimAsync(campaign, 3, "node-a", Now, Now.AddMinutes(5), false, Ct);
        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Deferred, true, Now.AddMinutes(40), 451),
            new DeliveryOutcome(campaign, 2, DeliveryState.Deferred, true, Now.AddMinutes(15), 451),
        ], Now, Ct);

        Assert.Null(before);
        Assert.Equal(Now.AddMinutes(15), await db.Ledger.NextRetryAtAsync(campaign, Ct));
    }

    [Fact]
    public async Task ListUndelivered_MixedStates_PagesFinalFailuresBySequence()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 8);
        await db.Ledger.ClaimAsync(campaign, 8, "node-a", Now, Now.AddMinutes(5), false, Ct);
        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Sent, true, null, 250),
            new DeliveryOutcome(campaign, 2, DeliveryState.Failed, true, null, 550, "unknown user"),
            new DeliveryOutcome(campaign, 3, DeliveryState.Suppressed, false, null, null, "unsubscribed"),
            new DeliveryOutcome(campaign, 4, DeliveryState.Deferred, true, Now.AddHours(1), 451),
            new DeliveryOutcome(campaign, 6, DeliveryState.Failed, true, null, 554, "rejected"),
        ], Now, Ct);
        Assert.True(await db.Ledger.TransitionCampaignAsync(campaign, CampaignState.Draft, CampaignState.Cancelled, Now, Ct));
        await db.Ledger.FinishCancelledAsync(campaign, "node-a", "cancelled by operator", Now, Ct);

        var page1 = await db.Ledger.ListUndeliveredAsync(campaign, 0, 3, Ct);
        var page2 = await db.Ledger.ListUndeliveredAsync(campaign, page1[^1].Sequence, 3, Ct);
        var page3 = await db.Ledger.ListUndeliveredAsync(campaign, page2[^1].Sequence, 3, Ct);

        Assert.Equal([2L, 3, 4], page1.Select(r => r.Sequence));
        Assert.Equal([5L, 6, 7], page2.Select(r => r.Sequence));
        Assert.Equal([8L], page3.Select(r => r.Sequence));
        Assert.Equal(("r2", DeliveryState.Failed, 550, "unknown user", "consent-2"), (page1[0].RecipientId, page1[0].State, page1[0].ReplyCode, page1[0].Reply, page1[0].ConsentId));
        Assert.Equal((DeliveryState.Cancelled, "cancelled by operator"), (page1[2].State, page1[2].Reply));
    }

    [Fact]
    public async Task Suppress_Twice_IsIdempotentAndLoadsNormalisedPerChannel()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);

        await db.Ledger.SuppressAsync(DeliveryChannel.Email, " Kim@Naver.com ", "550 unknown user", Now, Ct);
        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "kim@naver.com", "unsubscribed", Now, Ct);
        await db.Ledger.SuppressAsync(DeliveryChannel.Sms, "010-1234-5678", "opted out", Now, Ct);

        var email = await db.NewLedger().LoadSuppressionsAsync(DeliveryChannel.Email, Ct);
        var sms = await db.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct);

        Assert.Equal(["kim@naver.com"], email);
        Assert.Equal(["010-1234-5678"], sms);
    }

    protected static List<DeliveryOutcome> MixedOutcomes(Guid campaign, int count) =>
        Enumerable.Range(1, count).Select(i => (i % 4) switch
        {
            1 => new DeliveryOutcome(campaign, i, DeliveryState.Sent, true, null, 250, "2.0.0 queued"),
            2 => new DeliveryOutcome(campaign, i, DeliveryState.Deferred, true, Now.AddMinutes(30), 451, "4.7.1 try later"),
            3 => new DeliveryOutcome(campaign, i, DeliveryState.Failed, true, null, 550, "5.1.1 no such user"),
            _ => new DeliveryOutcome(campaign, i, DeliveryState.Pending, false),
        }).ToList();
}
