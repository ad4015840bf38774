using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

public sealed class LedgerMetricsTests
{
    [Fact]
    public async Task BatchOperations_OnSqlite_CountRowsPerOperation()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(MailLedgerProvider.Sqlite);
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        var metrics = new MailingMetrics(meterFactory);
        using var rows = new MetricCollector<long>(meterFactory, MailingTelemetry.MeterName, "seoulmonitor.mailing.ledger.rows");
        var ledger = DeliveryLedgerFactory.Create(db.Options, new FakeTimeProvider(LedgerTestDatabase.Start), metrics: metrics);
        var campaign = LedgerData.Campaign();
        var now = LedgerTestDatabase.Start;
        var ct = TestContext.Current.CancellationToken;
        await ledger.CreateCampaignAsync(campaign, now, ct);

        await ledger.AddRecipientsAsync(campaign.Id, LedgerData.Recipients(30), now, ct);
        var claimed = await ledger.ClaimAsync(campaign.Id, 20, "node-a", now, now.AddMinutes(5), false, ct);
        await ledger.CompleteAsync(claimed.Select(d => new DeliveryOutcome(campaign.Id, d.Sequence, DeliveryState.Sent, true, null, 250)).ToList(), now, ct);

        var byOperation = rows.GetMeasurementSnapshot().ToDictionary(m => (string)m.Tags["operation"]!, m => m.Value);
        Assert.Equal(30, byOperation["add"]);
        Assert.Equal(20, byOperation["claim"]);
        Assert.Equal(20, byOperation["complete"]);
    }
}
