using System.Globalization;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>The schema: every table is created by <c>InitializeAsync</c>, and an older ledger is brought up to date on start.</summary>
public abstract partial class DeliveryLedgerContract
{
    [Fact]
    public async Task InitializeAsync_FreshDatabase_CreatesSmsAndBounceTablesAtVersion2()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);

        Assert.Equal(2L, Convert.ToInt64(await db.SqlAsync("SELECT MAX(version) FROM mail_schema_version"), CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(await db.SqlAsync("SELECT COUNT(*) FROM mail_sms_messages"), CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(await db.SqlAsync("SELECT COUNT(*) FROM mail_bounces"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task InitializeAsync_LedgerOfVersion1_AddsTheNewTablesAndKeepsData()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2);
        await db.SqlAsync("DROP TABLE mail_sms_messages; DROP TABLE mail_bounces; DELETE FROM mail_schema_version WHERE version = 2");
        var upgraded = db.NewLedger();

        await upgraded.InitializeAsync(Ct);
        await upgraded.RecordSmsMessagesAsync([new SmsMessageRecord("gw-1", campaign, 1, "01012345678")], Now, Ct);
        var recorded = await upgraded.RecordBounceAsync(new BounceEvent(campaign, 2, "r1@mta", BounceKind.Hard, "b@example.net", "5.1.1", null, Now), Ct);

        Assert.True(recorded);
        Assert.NotNull(await upgraded.GetSmsMessageAsync("gw-1", Ct));
        Assert.Equal(2, (await upgraded.CountAsync(campaign, Ct)).Total);
        Assert.Equal(2L, Convert.ToInt64(await db.SqlAsync("SELECT MAX(version) FROM mail_schema_version"), CultureInfo.InvariantCulture));
    }
}
