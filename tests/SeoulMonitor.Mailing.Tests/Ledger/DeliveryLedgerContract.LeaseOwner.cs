using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>
/// Outcomes stamped with the node that decided them: a node whose lease passed to another node may not give back,
/// defer or finish without sending the new owner's row; what it really sent is recorded whoever holds the lease.
/// </summary>
public abstract partial class DeliveryLedgerContract
{
    [Fact]
    public async Task Complete_ReleaseByANodeWhoseLeasePassedToAnother_LeavesTheNewOwnersLease()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 3);
        await db.Ledger.ClaimAsync(campaign, 3, "node-a", Now, Now.AddMinutes(1), false, Ct);
        var taken = await db.NewLedger().ClaimAsync(campaign, 3, "node-b", Now.AddMinutes(2), Now.AddMinutes(3), false, Ct);

        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Pending, false, LeaseOwner: "node-a"),
            new DeliveryOutcome(campaign, 2, DeliveryState.Deferred, true, Now.AddMinutes(2), 451, "busy", "node-a"),
            new DeliveryOutcome(campaign, 3, DeliveryState.Suppressed, false, Reply: "refused by the gate", LeaseOwner: "node-a"),
        ], Now.AddMinutes(2), Ct);
        var counts = await db.Ledger.CountAsync(campaign, Ct);
        var again = await db.NewLedger().ClaimAsync(campaign, 3, "node-c", Now.AddMinutes(2), Now.AddMinutes(3), false, Ct);

        Assert.Equal(3, taken.Count);
        Assert.Equal(3, counts.InFlight);
        Assert.Empty(again);
        Assert.All(await RecordsAsync(db, campaign, 3), r => Assert.Equal((DeliveryState.InFlight, 0), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task Complete_TransportResultOfANodeWhoseLeasePassed_IsRecorded()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2);
        await db.Ledger.ClaimAsync(campaign, 2, "node-a", Now, Now.AddMinutes(1), false, Ct);
        await db.NewLedger().ClaimAsync(campaign, 2, "node-b", Now.AddMinutes(2), Now.AddMinutes(3), false, Ct);

        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Sent, true, null, 250, "queued", "node-a"),
            new DeliveryOutcome(campaign, 2, DeliveryState.Failed, true, null, 550, "5.1.1 no such user", "node-a"),
        ], Now.AddMinutes(2), Ct);
        await db.NewLedger().CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Pending, false, LeaseOwner: "node-b"),
            new DeliveryOutcome(campaign, 2, DeliveryState.Sent, true, null, 250, "queued", "node-b"),
        ], Now.AddMinutes(3), Ct);
        var records = await RecordsAsync(db, campaign, 2);

        Assert.Equal((DeliveryState.Sent, 250, 1), (records[0].State, records[0].ReplyCode, records[0].Attempts));
        Assert.Equal((DeliveryState.Failed, 550, 1), (records[1].State, records[1].ReplyCode, records[1].Attempts));
    }

    [Fact]
    public async Task Complete_ReleaseByTheNodeStillHoldingTheLease_FreesTheRow()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2);
        await db.Ledger.ClaimAsync(campaign, 2, "node-a", Now, Now.AddMinutes(1), false, Ct);

        // The lease ended but nobody took the row over: the owner's release still applies.
        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Pending, false, LeaseOwner: "node-a"),
            new DeliveryOutcome(campaign, 2, DeliveryState.Deferred, false, Now.AddMinutes(5), null, "no connection", "node-a"),
        ], Now.AddMinutes(2), Ct);
        var counts = await db.Ledger.CountAsync(campaign, Ct);

        Assert.Equal((1L, 1L, 0L), (counts.Pending, counts.Deferred, counts.InFlight));
    }

    [Fact]
    public async Task Complete_BlankLeaseOwner_ThrowsArgumentException()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 1);

        await Assert.ThrowsAsync<ArgumentException>(
            () => db.Ledger.CompleteAsync([new DeliveryOutcome(campaign, 1, DeliveryState.Pending, false, LeaseOwner: " ")], Now, Ct));
    }

    private static async Task<List<DeliveryRecord>> RecordsAsync(LedgerTestDatabase db, Guid campaign, int count)
    {
        var records = new List<DeliveryRecord>(count);
        for (var i = 1; i <= count; i++)
        {
            records.Add((await db.Ledger.GetDeliveryAsync(campaign, $"r{i}", Ct))!);
        }

        return records;
    }
}
