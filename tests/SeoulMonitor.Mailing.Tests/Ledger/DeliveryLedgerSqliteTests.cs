using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Ledger.Sqlite;

namespace SeoulMonitor.Mailing.Tests.Ledger;

public sealed class DeliveryLedgerSqliteTests() : DeliveryLedgerContract(MailLedgerProvider.Sqlite)
{
    [Fact]
    public async Task BatchWrites_ThousandsOfRows_CommitOneTransactionPerCall()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db);
        var ledger = (SqliteDeliveryLedger)db.NewLedger();
        var ct = TestContext.Current.CancellationToken;

        await ledger.AddRecipientsAsync(campaign, LedgerData.Recipients(5_000), Now, ct);
        var afterAdd = ledger.Transactions;
        await ledger.ClaimAsync(campaign, 1_200, "node-a", Now, Now.AddMinutes(5), false, ct);
        var afterClaim = ledger.Transactions;
        await ledger.CompleteAsync(MixedOutcomes(campaign, 1_200), Now, ct);

        Assert.Equal(1, afterAdd);
        Assert.Equal(2, afterClaim);
        Assert.Equal(3, ledger.Transactions);
        Assert.Equal(300, (await ledger.CountAsync(campaign, ct)).Sent);
    }
}
