using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>One suppression entry, lifting one, and the suppression list's lift on this node and on another.</summary>
public abstract partial class DeliveryLedgerContract
{
    [Fact]
    public async Task GetSuppression_AnySpellingOfTheAddress_EntryOfThatChannelOnly()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "Kim@Example.net", "550 no such user", Now, Ct);

        var found = await db.Ledger.GetSuppressionAsync(DeliveryChannel.Email, "  KIM@example.NET ", Ct);

        Assert.Equal(("kim@example.net", "550 no such user", Now), (found?.AddressKey, found?.Reason, found?.CreatedAt));
        Assert.Null(await db.Ledger.GetSuppressionAsync(DeliveryChannel.Sms, "kim@example.net", Ct));
        Assert.Null(await db.Ledger.GetSuppressionAsync(DeliveryChannel.Email, "lee@example.net", Ct));
    }

    [Fact]
    public async Task Unsuppress_EntryThenAgain_RemovedOnceAndOtherEntriesKept()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "kim@example.net", "Hard bounce", Now, Ct);
        await db.Ledger.SuppressAsync(DeliveryChannel.Sms, "kim@example.net", "Carrier: 3001", Now, Ct);
        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "lee@example.net", "Hard bounce", Now, Ct);

        var first = await db.Ledger.UnsuppressAsync(DeliveryChannel.Email, "KIM@example.net", Ct);
        var second = await db.NewLedger().UnsuppressAsync(DeliveryChannel.Email, "kim@example.net", Ct);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(["lee@example.net"], await db.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        Assert.Equal(["kim@example.net"], await db.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
    }

    [Fact]
    public async Task Unsuppress_ThenSuppressAgain_NewEntryWithNewTimeAndReason()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "kim@example.net", "Hard bounce", Now, Ct);
        await db.Ledger.UnsuppressAsync(DeliveryChannel.Email, "kim@example.net", Ct);

        await db.Ledger.SuppressAsync(DeliveryChannel.Email, "kim@example.net", "Complaint", Now.AddDays(1), Ct);

        var found = await db.Ledger.GetSuppressionAsync(DeliveryChannel.Email, "kim@example.net", Ct);
        Assert.Equal(("Complaint", Now.AddDays(1)), (found?.Reason, found?.CreatedAt));
    }

    [Fact]
    public async Task SuppressionListRemoveAndRefresh_TwoNodes_BothGatesAgreeWithTheLedger()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var (here, hereSet) = List(db.Ledger);
        var (there, thereSet) = List(db.NewLedger());
        await here.AddAsync(DeliveryChannel.Email, "kim@example.net", "Hard bounce", Ct);
        thereSet.AddRange(DeliveryChannel.Email, await db.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));

        var removed = await here.RemoveAsync(DeliveryChannel.Email, "Kim@example.net", Ct);
        var staleBeforeRefresh = there.Contains(DeliveryChannel.Email, "kim@example.net");
        var stillSuppressed = await there.RefreshAsync(DeliveryChannel.Email, "kim@example.net", Ct);

        Assert.True(removed);
        Assert.False(hereSet.Contains(DeliveryChannel.Email, "kim@example.net"));
        Assert.True(staleBeforeRefresh);
        Assert.False(stillSuppressed);
        Assert.False(there.Contains(DeliveryChannel.Email, "kim@example.net"));
        Assert.False(await here.RemoveAsync(DeliveryChannel.Email, "kim@example.net", Ct));
    }

    [Fact]
    public async Task SuppressionListRefresh_AddedOnAnotherNode_AddedToThisNodesGate()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var (there, _) = List(db.NewLedger());
        await db.Ledger.SuppressAsync(DeliveryChannel.Sms, "01012345678", "Carrier: 3001", Now, Ct);

        Assert.True(await there.RefreshAsync(DeliveryChannel.Sms, "01012345678", Ct));
        Assert.True(there.Contains(DeliveryChannel.Sms, "01012345678"));
    }

    private static (SuppressionList List, SuppressionSet Set) List(Mailing.Ledger.IDeliveryLedger ledger)
    {
        var set = new SuppressionSet();
        return (new SuppressionList(ledger, set, Options.Create(new MailingOptions()), new FakeTimeProvider(Now)), set);
    }
}
