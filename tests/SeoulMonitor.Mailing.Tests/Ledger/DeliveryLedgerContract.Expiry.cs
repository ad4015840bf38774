using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>
/// Expiry across nodes: at the send-by deadline, rows under another owner's live lease are left to that owner (which
/// records what it sent as sent) until the lease expires; everything else open is marked expired.
/// </summary>
public abstract partial class DeliveryLedgerContract
{
    private const string PastDeadline = "send-by deadline passed";

    /// <summary>The send-by deadline of <see cref="LedgerData.Campaign"/>.</summary>
    private static DateTimeOffset Deadline => Now.AddDays(1);

    [Fact]
    public async Task FinishExpired_RowsUnderAnotherOwnersLiveLease_LeftToThatOwnerWhoseOutcomesCount()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateRunningCampaignAsync(db, 6);
        var claimed = Deadline.AddMinutes(-1);
        await db.Ledger.ClaimAsync(campaign, 2, "node-b", claimed, Deadline.AddMinutes(5), false, Ct);
        await db.Ledger.ClaimAsync(campaign, 3, "node-a", claimed, Deadline.AddMinutes(5), false, Ct);
        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 4, DeliveryState.Deferred, true, Deadline.AddHours(1), 451, "later", "node-a"),
            new DeliveryOutcome(campaign, 5, DeliveryState.Sent, true, null, 250, "ok", "node-a"),
        ], claimed, Ct);

        var expired = await db.Ledger.FinishExpiredAsync(campaign, "node-a", PastDeadline, Deadline.AddMinutes(1), Ct);
        var afterExpiry = await db.Ledger.CountAsync(campaign, Ct);
        // node-b sent r1 right before the deadline, and finishes r2 itself (its workers' deadline check).
        await db.NewLedger().CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Sent, true, null, 250, "ok", "node-b"),
            new DeliveryOutcome(campaign, 2, DeliveryState.Expired, false, null, null, "deadline passed before the send", "node-b"),
        ], Deadline.AddMinutes(2), Ct);
        var end = await db.Ledger.CountAsync(campaign, Ct);
        var deferred = await db.Ledger.GetDeliveryAsync(campaign, "r4", Ct);

        Assert.Equal(3, expired);
        Assert.Equal(new DeliveryCounts(0, 2, 0, 1, 0, 0, 3, 0), afterExpiry);
        Assert.Equal((DeliveryState.Expired, PastDeadline, (DateTimeOffset?)null), (deferred!.State, deferred.Reply, deferred.RetryAt));
        Assert.Equal(new DeliveryCounts(0, 0, 0, 2, 0, 0, 4, 0), end);
        Assert.Equal(DeliveryState.Sent, (await db.Ledger.GetDeliveryAsync(campaign, "r1", Ct))!.State);
        Assert.Empty(await db.Ledger.ClaimAsync(campaign, 10, "node-a", Deadline.AddHours(3), Deadline.AddHours(4), true, Ct));
    }

    [Fact]
    public async Task FinishExpired_WithoutOwner_FinishesLeasesOnlyOnceExpiredAndLateReleasesAreIgnored()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateRunningCampaignAsync(db, 4);
        var leaseEnd = Deadline.AddMinutes(5);
        await db.Ledger.ClaimAsync(campaign, 2, "node-b", Deadline.AddMinutes(-1), leaseEnd, false, Ct);
        await db.Ledger.ClaimAsync(campaign, 1, "node-a", Deadline.AddMinutes(-1), Deadline.AddMinutes(10), false, Ct);

        var early = await db.Ledger.FinishExpiredAsync(campaign, null, PastDeadline, Deadline, Ct);
        var atLeaseEnd = await db.Ledger.FinishExpiredAsync(campaign, null, PastDeadline, leaseEnd, Ct);
        var afterB = await db.Ledger.FinishExpiredAsync(campaign, null, PastDeadline, leaseEnd.AddTicks(10), Ct);
        await db.NewLedger().CompleteAsync([new DeliveryOutcome(campaign, 1, DeliveryState.Pending, false, null, null, "given back", "node-b")], leaseEnd.AddMinutes(1), Ct);
        var afterA = await db.Ledger.FinishExpiredAsync(campaign, null, PastDeadline, Deadline.AddMinutes(11), Ct);

        Assert.Equal((1L, 0L, 2L, 1L), (early, atLeaseEnd, afterB, afterA));
        var counts = await db.Ledger.CountAsync(campaign, Ct);
        Assert.Equal((4L, 4L), (counts.Final, counts.Expired));
        Assert.Equal((DeliveryState.Expired, PastDeadline), ((await db.Ledger.GetDeliveryAsync(campaign, "r1", Ct))!.State, (await db.Ledger.GetDeliveryAsync(campaign, "r1", Ct))!.Reply));
    }

    [Fact]
    public async Task FinishExpired_JustBeforeTheDeadline_ChangesNothingAtTheDeadline_FinishesTheRest()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateRunningCampaignAsync(db, 3);

        var before = await db.Ledger.FinishExpiredAsync(campaign, "node-a", PastDeadline, Deadline.AddTicks(-1), Ct);
        var at = await db.Ledger.FinishExpiredAsync(campaign, "node-a", PastDeadline, Deadline, Ct);
        var again = await db.Ledger.FinishExpiredAsync(campaign, "node-a", PastDeadline, Deadline.AddMinutes(1), Ct);

        Assert.Equal((0L, 3L, 0L), (before, at, again));
        Assert.Equal(3L, (await db.Ledger.CountAsync(campaign, Ct)).Expired);
    }

    [Theory]
    [InlineData(CampaignState.Draft)]
    [InlineData(CampaignState.Paused)]
    [InlineData(CampaignState.Cancelled)]
    [InlineData(CampaignState.Completed)]
    public async Task FinishExpired_CampaignNotRunning_ChangesNothing(CampaignState state)
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 3);
        Assert.True(state == CampaignState.Draft || await db.Ledger.TransitionCampaignAsync(campaign, CampaignState.Draft, state, Now, Ct));

        var expired = await db.Ledger.FinishExpiredAsync(campaign, "node-a", PastDeadline, Deadline.AddHours(1), Ct);
        var unknown = await db.Ledger.FinishExpiredAsync(Guid.NewGuid(), "node-a", PastDeadline, Deadline.AddHours(1), Ct);

        Assert.Equal((0L, 0L), (expired, unknown));
        Assert.Equal(3L, (await db.Ledger.CountAsync(campaign, Ct)).Pending);
    }

    [Fact]
    public async Task FinishExpired_BlankOwnerOrReason_ThrowsArgumentException()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateRunningCampaignAsync(db, 1);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Ledger.FinishExpiredAsync(campaign, " ", PastDeadline, Deadline, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Ledger.FinishExpiredAsync(campaign, null, "", Deadline, Ct));
        Assert.Equal(1L, (await db.Ledger.CountAsync(campaign, Ct)).Pending);
    }

    private static async Task<Guid> CreateRunningCampaignAsync(LedgerTestDatabase db, int recipients)
    {
        var campaign = await CreateCampaignAsync(db, recipients);
        Assert.True(await db.Ledger.TransitionCampaignAsync(campaign, CampaignState.Draft, CampaignState.Running, Now, Ct));
        return campaign;
    }
}
