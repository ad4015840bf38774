using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>Cancel across nodes: rows under another owner's live lease are left to that owner until the lease expires.</summary>
public abstract partial class DeliveryLedgerContract
{
    private const string Cancelled = "cancelled by operator";

    [Fact]
    public async Task FinishCancelled_RowsUnderAnotherOwnersLiveLease_LeftToThatOwnerWhoseOutcomesCount()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 6);
        await db.Ledger.ClaimAsync(campaign, 2, "node-b", Now, Now.AddMinutes(5), false, Ct);
        await db.Ledger.ClaimAsync(campaign, 3, "node-a", Now, Now.AddMinutes(5), false, Ct);
        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 4, DeliveryState.Deferred, true, Now.AddMinutes(30), 451),
            new DeliveryOutcome(campaign, 5, DeliveryState.Sent, true, null, 250),
        ], Now, Ct);
        await CancelAsync(db, campaign);

        var finished = await db.Ledger.FinishCancelledAsync(campaign, "node-a", Cancelled, Now.AddMinutes(1), Ct);
        var afterCancel = await db.Ledger.CountAsync(campaign, Ct);
        var other = db.NewLedger();
        await other.CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Sent, true, null, 250),
            new DeliveryOutcome(campaign, 2, DeliveryState.Cancelled, false, null, null, "cancelled before the send"),
        ], Now.AddMinutes(2), Ct);
        var end = await db.Ledger.CountAsync(campaign, Ct);

        Assert.Equal(3, finished);
        Assert.Equal((2L, 1L, 3L), (afterCancel.InFlight, afterCancel.Sent, afterCancel.Cancelled));
        Assert.Equal((DeliveryState.Cancelled, Cancelled), await StateAsync(db, campaign, "r3"));
        Assert.Equal((DeliveryState.Cancelled, Cancelled), await StateAsync(db, campaign, "r6"));
        Assert.Equal((6L, 2L, 4L), (end.Final, end.Sent, end.Cancelled));
        Assert.Equal(DeliveryState.Sent, (await StateAsync(db, campaign, "r1")).State);
    }

    [Fact]
    public async Task FinishCancelled_SweepWithoutOwner_FinishesExpiredLeasesOnlyAndLateOutcomesAreIgnored()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 4);
        await db.Ledger.ClaimAsync(campaign, 2, "node-b", Now, Now.AddMinutes(5), false, Ct);
        await db.Ledger.ClaimAsync(campaign, 1, "node-a", Now, Now.AddMinutes(10), false, Ct);
        await CancelAsync(db, campaign);

        var early = await db.Ledger.FinishCancelledAsync(null, null, Cancelled, Now.AddMinutes(1), Ct);
        var atExpiry = await db.Ledger.FinishCancelledAsync(null, null, Cancelled, Now.AddMinutes(5), Ct);
        var afterB = await db.Ledger.FinishCancelledAsync(null, null, Cancelled, Now.AddMinutes(5).AddTicks(10), Ct);
        var afterA = await db.Ledger.FinishCancelledAsync(null, null, Cancelled, Now.AddMinutes(11), Ct);
        await db.Ledger.CompleteAsync([new DeliveryOutcome(campaign, 1, DeliveryState.Sent, true, null, 250)], Now.AddMinutes(12), Ct);

        Assert.Equal((1L, 0L, 2L, 1L), (early, atExpiry, afterB, afterA));
        var counts = await db.Ledger.CountAsync(campaign, Ct);
        Assert.Equal((4L, 4L, 0L), (counts.Final, counts.Cancelled, counts.Sent));
    }

    [Fact]
    public async Task FinishCancelled_CampaignNotCancelled_ChangesNothing()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 3);
        await db.Ledger.TransitionCampaignAsync(campaign, CampaignState.Draft, CampaignState.Running, Now, Ct);
        await db.Ledger.ClaimAsync(campaign, 1, "node-b", Now, Now.AddMinutes(5), false, Ct);

        var one = await db.Ledger.FinishCancelledAsync(campaign, "node-b", Cancelled, Now.AddHours(1), Ct);
        var all = await db.Ledger.FinishCancelledAsync(null, null, Cancelled, Now.AddHours(1), Ct);

        Assert.Equal((0L, 0L), (one, all));
        var counts = await db.Ledger.CountAsync(campaign, Ct);
        Assert.Equal((2L, 1L, 0L), (counts.Pending, counts.InFlight, counts.Final));
    }

    [Fact]
    public async Task FinishCancelled_NoCampaignGiven_FinishesEveryCancelledCampaignOnlyTheGivenOneOtherwise()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var first = await CreateCampaignAsync(db, 2);
        var second = await CreateCampaignAsync(db, 3);
        var third = await CreateCampaignAsync(db, 4);
        await CancelAsync(db, first);
        await CancelAsync(db, second);
        await CancelAsync(db, third);

        var one = await db.Ledger.FinishCancelledAsync(third, "node-a", Cancelled, Now, Ct);
        var rest = await db.Ledger.FinishCancelledAsync(null, null, Cancelled, Now, Ct);
        var again = await db.Ledger.FinishCancelledAsync(null, null, Cancelled, Now, Ct);

        Assert.Equal((4L, 5L, 0L), (one, rest, again));
    }

    [Fact]
    public async Task FinishCancelled_BlankOwnerOrReason_ThrowsArgumentException()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Ledger.FinishCancelledAsync(null, " ", Cancelled, Now, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Ledger.FinishCancelledAsync(null, "node-a", "", Now, Ct));
    }

    private static async Task CancelAsync(LedgerTestDatabase db, Guid campaign) =>
        Assert.True(await db.Ledger.TransitionCampaignAsync(campaign, CampaignState.Draft, CampaignState.Cancelled, Now, Ct));

    private static async Task<(DeliveryState State, string? Reply)> StateAsync(LedgerTestDatabase db, Guid campaign, string recipientId)
    {
        var record = await db.Ledger.GetDeliveryAsync(campaign, recipientId, Ct);
        Assert.NotNull(record);
        return (record.State, record.Reply);
    }
}
