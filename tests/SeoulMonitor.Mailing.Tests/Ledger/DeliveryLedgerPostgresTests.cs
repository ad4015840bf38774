using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Ledger.PostgreSql;

namespace SeoulMonitor.Mailing.Tests.Ledger;

public sealed class DeliveryLedgerPostgresTests() : DeliveryLedgerContract(MailLedgerProvider.PostgreSql)
{
    [Fact]
    public async Task AddRecipients_5000_UsesTwoRoundTrips()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db);
        var ledger = (PostgresDeliveryLedger)db.NewLedger();

        var added = await ledger.AddRecipientsAsync(campaign, LedgerData.Recipients(5_000), Now, TestContext.Current.CancellationToken);

        Assert.Equal(5_000, added);
        Assert.Equal(2, ledger.RoundTrips);
    }

    [Fact]
    public async Task AddRecipients_12000_UsesOneRoundTripPerChunkPlusCommit()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db);
        var ledger = (PostgresDeliveryLedger)db.NewLedger();

        await ledger.AddRecipientsAsync(campaign, LedgerData.Recipients(12_000), Now, TestContext.Current.CancellationToken);

        Assert.Equal(4, ledger.RoundTrips);
    }

    [Fact]
    public async Task Complete_1200Outcomes_UsesOneRoundTrip()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 1_200);
        await db.Ledger.ClaimAsync(campaign, 1_200, "node-a", Now, Now.AddMinutes(5), false, TestContext.Current.CancellationToken);
        var ledger = (PostgresDeliveryLedger)db.NewLedger();

        await ledger.CompleteAsync(MixedOutcomes(campaign, 1_200), Now, TestContext.Current.CancellationToken);

        Assert.Equal(1, ledger.RoundTrips);
        Assert.Equal(300, (await ledger.CountAsync(campaign, TestContext.Current.CancellationToken)).Failed);
    }

    [Fact]
    public async Task Complete_12000Outcomes_OneStatementPerChunkInOneTransaction()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 12_000);
        await db.Ledger.ClaimAsync(campaign, 12_000, "node-a", Now, Now.AddMinutes(5), false, TestContext.Current.CancellationToken);
        var ledger = (PostgresDeliveryLedger)db.NewLedger();

        await ledger.CompleteAsync(MixedOutcomes(campaign, 12_000), Now, TestContext.Current.CancellationToken);

        Assert.Equal(4, ledger.RoundTrips);
        Assert.Equal(3_000, (await ledger.CountAsync(campaign, TestContext.Current.CancellationToken)).Sent);
    }
}
