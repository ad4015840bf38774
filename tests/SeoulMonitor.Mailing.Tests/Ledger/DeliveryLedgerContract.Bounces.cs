using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Bounces;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>Bounce events, rows by sequence, an address's history and the suppression list view.</summary>
public abstract partial class DeliveryLedgerContract
{
    [Fact]
    public async Task GetDeliveryBySequence_KnownAndUnknown_RowOrNull()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await BounceLedgerData.SentCampaignAsync(db.Ledger, Now, null, "a@example.net", "B@Example.net");

        var row = await db.Ledger.GetDeliveryAsync(campaign, 2L, Ct);

        Assert.Equal(("r2", "B@Example.net", DeliveryState.Sent), (row!.RecipientId, row.Address, row.State));
        Assert.Null(await db.Ledger.GetDeliveryAsync(campaign, 3L, Ct));
        Assert.Null(await db.Ledger.GetDeliveryAsync(Guid.NewGuid(), 1L, Ct));
    }

    [Fact]
    public async Task RecordBounce_SameReportTwice_StoredOnceAndListedInOrder()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await BounceLedgerData.SentCampaignAsync(db.Ledger, Now, null, "a@example.net", "b@example.net");
        var first = new BounceEvent(campaign, 2, "r1@mta", BounceKind.Soft, "b@example.net", "4.2.1", "450 busy", Now.AddMinutes(5));
        var second = first with { ReportId = "r2@mta", Kind = BounceKind.Hard, Status = "5.1.1", Diagnostic = null, ReceivedAt = Now.AddMinutes(6) };

        Assert.True(await db.Ledger.RecordBounceAsync(first, Ct));
        Assert.False(await db.NewLedger().RecordBounceAsync(first with { Kind = BounceKind.Hard }, Ct));
        Assert.True(await db.Ledger.RecordBounceAsync(second, Ct));
        var listed = await db.Ledger.ListBouncesAsync(campaign, 0, 10, Ct);
        var page = await db.Ledger.ListBouncesAsync(campaign, listed[0].Id, 10, Ct);

        Assert.Equal([first, second], listed.Select(b => b.Event));
        Assert.Equal([second], page.Select(b => b.Event));
        Assert.Empty(await db.Ledger.ListBouncesAsync(Guid.NewGuid(), 0, 10, Ct));
    }

    [Fact]
    public async Task ListAddressDeliveries_ThreeCampaigns_NewestFirstUpToTheGivenOneWithWorstBounce()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var first = await BounceLedgerData.SentCampaignAsync(db.Ledger, Now, null, "x@example.net", "full@example.net");
        var second = await BounceLedgerData.SentCampaignAsync(db.Ledger, Now.AddDays(1), null, "FULL@example.net");
        var third = await BounceLedgerData.SentCampaignAsync(db.Ledger, Now.AddDays(2), null, "full@example.net");
        await db.Ledger.RecordBounceAsync(new BounceEvent(first, 2, "d@mta", BounceKind.Delayed, "full@example.net", "4.4.1", null, Now), Ct);
        await db.Ledger.RecordBounceAsync(new BounceEvent(first, 2, "s@mta", BounceKind.Soft, "full@example.net", "5.2.2", null, Now), Ct);

        var rows = await db.Ledger.ListAddressDeliveriesAsync(DeliveryChannel.Email, "Full@Example.net", second, 10, Ct);

        Assert.Equal([(second, 1L, (BounceKind?)null), (first, 2L, BounceKind.Soft)], rows.Select(r => (r.CampaignId, r.Sequence, r.WorstBounce)));
        Assert.All(rows, r => Assert.Equal(DeliveryState.Sent, r.State));
        Assert.Single(await db.Ledger.ListAddressDeliveriesAsync(DeliveryChannel.Email, "full@example.net", third, 1, Ct));
        Assert.Empty(await db.Ledger.ListAddressDeliveriesAsync(DeliveryChannel.Sms, "full@example.net", third, 10, Ct));
    }

    [Fact]
    public async Task ListSuppressions_KeysetPaged_WithReasonAndTime()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "C@example.net", "hard", Now, Ct);
        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "a@example.net", "complaint", Now.AddMinutes(1), Ct);
        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "b@example.net", "soft", Now.AddMinutes(2), Ct);
        await db.Ledger.SuppressAsync(DeliveryChannel.Sms, "01012345678", "sms", Now, Ct);

        var page = await db.Ledger.ListSuppressionsAsync(DeliveryChannel.Email, null, 2, Ct);
        var next = await db.Ledger.ListSuppressionsAsync(DeliveryChannel.Email, page[^1].AddressKey, 2, Ct);

        Assert.Equal([new SuppressionRecord("a@example.net", "complaint", Now.AddMinutes(1)), new SuppressionRecord("b@example.net", "soft", Now.AddMinutes(2))], page);
        Assert.Equal([new SuppressionRecord("c@example.net", "hard", Now)], next);
    }
}
