using System.Collections.Concurrent;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>Claiming rows under leases.</summary>
public abstract partial class DeliveryLedgerContract
{
    [Fact]
    public async Task Claim_PendingRows_InSnapshotOrderUpToTheLimit()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 10);

        var first = await db.Ledger.ClaimAsync(campaign, 4, "node-a", Now, Now.AddMinutes(5), false, Ct);
        var second = await db.Ledger.ClaimAsync(campaign, 4, "node-a", Now, Now.AddMinutes(5), false, Ct);
        var counts = await db.Ledger.CountAsync(campaign, Ct);

        Assert.Equal([1L, 2, 3, 4], first.Select(d => d.Sequence));
        Assert.Equal([5L, 6, 7, 8], second.Select(d => d.Sequence));
        var one = first[0];
        Assert.Equal("r1", one.RecipientId);
        Assert.Equal("User1@Example1.com", one.Address);
        Assert.Equal("example1.com", one.Domain);
        Assert.Equal("시민1", one.Fields["name"]);
        Assert.Equal("consent-1", one.ConsentId);
        Assert.Equal(0, one.Attempts);
        Assert.Equal(8, counts.InFlight);
        Assert.Equal(2, counts.Pending);
    }

    [Fact]
    public async Task Claim_DeferredRows_OnlyOnceDue()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 3);
        var claimed = await db.Ledger.ClaimAsync(campaign, 3, "node-a", Now, Now.AddMinutes(5), false, Ct);
        await db.Ledger.CompleteAsync([
            new DeliveryOutcome(campaign, 1, DeliveryState.Deferred, true, Now.AddMinutes(10), 451, "try later"),
            new DeliveryOutcome(campaign, 2, DeliveryState.Deferred, true, Now.AddMinutes(20), 421, "busy"),
            new DeliveryOutcome(campaign, 3, DeliveryState.Sent, true, null, 250, "ok"),
        ], Now, Ct);

        var early = await db.Ledger.ClaimAsync(campaign, 10, "node-a", Now.AddMinutes(9), Now.AddMinutes(15), false, Ct);
        var atFirst = await db.Ledger.ClaimAsync(campaign, 10, "node-a", Now.AddMinutes(10), Now.AddMinutes(15), false, Ct);

        Assert.Equal(3, claimed.Count);
        Assert.Empty(early);
        var retried = Assert.Single(atFirst);
        Assert.Equal(1, retried.Sequence);
        Assert.Equal(1, retried.Attempts);
    }

    [Fact]
    public async Task Claim_AnotherNodesExpiredLease_IsTakenOver()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2);
        await db.Ledger.ClaimAsync(campaign, 2, "node-a", Now, Now.AddMinutes(5), false, Ct);
        var other = db.NewLedger();

        var whileLeased = await other.ClaimAsync(campaign, 10, "node-b", Now.AddMinutes(5), Now.AddMinutes(10), false, Ct);
        var afterExpiry = await other.ClaimAsync(campaign, 10, "node-b", Now.AddMinutes(5).AddTicks(TimeSpan.TicksPerMillisecond), Now.AddMinutes(10), false, Ct);

        Assert.Empty(whileLeased);
        Assert.Equal([1L, 2], afterExpiry.Select(d => d.Sequence));
    }

    [Fact]
    public async Task Claim_OwnExpiredLease_NotClaimedAgainUnlessAsked()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2);
        await db.Ledger.ClaimAsync(campaign, 2, "node-a", Now, Now.AddMinutes(5), false, Ct);
        var afterExpiry = Now.AddMinutes(6);

        var sameOwner = await db.Ledger.ClaimAsync(campaign, 10, "node-a", afterExpiry, afterExpiry.AddMinutes(5), false, Ct);
        var sameOwnerAsked = await db.Ledger.ClaimAsync(campaign, 10, "node-a", afterExpiry, afterExpiry.AddMinutes(5), true, Ct);

        // The owner may still hold the outcomes of its own rows (say, while the database was unreachable): it takes
        // them again only when it says it holds none of them.
        Assert.Empty(sameOwner);
        Assert.Equal([1L, 2], sameOwnerAsked.Select(d => d.Sequence));
    }

    [Fact]
    public async Task Claim_OwnLiveLease_TakenOverOnlyWhenAsked()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 3);
        await db.Ledger.ClaimAsync(campaign, 2, "node-a", Now, Now.AddMinutes(5), false, Ct);

        var withoutTakeOver = await db.Ledger.ClaimAsync(campaign, 10, "node-a", Now.AddMinutes(1), Now.AddMinutes(6), false, Ct);
        var otherOwner = await db.Ledger.ClaimAsync(campaign, 10, "node-b", Now.AddMinutes(1), Now.AddMinutes(6), true, Ct);
        var restarted = await db.Ledger.ClaimAsync(campaign, 10, "node-a", Now.AddMinutes(1), Now.AddMinutes(6), true, Ct);

        Assert.Equal([3L], withoutTakeOver.Select(d => d.Sequence));
        Assert.Empty(otherOwner);
        Assert.Equal([1L, 2, 3], restarted.Select(d => d.Sequence));
    }

    [Fact]
    public async Task Claim_FourConcurrentNodes_NeverShareARowAndTogetherGetAll()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2_000);
        var seen = new ConcurrentBag<long>();

        var nodes = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var ledger = db.NewLedger();
            while (true)
            {
                var batch = await ledger.ClaimAsync(campaign, 100, $"node-{n}", Now, Now.AddMinutes(5), false, Ct);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var delivery in batch)
                {
                    seen.Add(delivery.Sequence);
                }
            }
        }, Ct)).ToArray();
        await Task.WhenAll(nodes);

        Assert.Equal(2_000, seen.Count);
        Assert.Equal(Enumerable.Range(1, 2_000).Select(i => (long)i), seen.Order());
        Assert.Equal(2_000, (await db.Ledger.CountAsync(campaign, Ct)).InFlight);
    }

    [Fact]
    public async Task Claim_BadArguments_ThrowArgumentException()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 1);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Ledger.ClaimAsync(campaign, 0, "node-a", Now, Now.AddMinutes(1), false, Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Ledger.ClaimAsync(campaign, 1, " ", Now, Now.AddMinutes(1), false, Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Ledger.ClaimAsync(campaign, 1, "node-a", Now, Now, false, Ct));
    }
}
