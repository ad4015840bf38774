using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class MailEngineTelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IMeterFactory Scope(EngineHarness harness) => harness.Services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task RunAsync_ThrottledOnce_DeferredThenDeliveredAndCountedByOutcomeAndPriority()
    {
        var transport = new FakeMailConnectionFactory
        {
            Script = static (address, nth) => address.EndsWith("@d1.example", StringComparison.Ordinal) && nth == 1
                ? new SendResult(SendOutcomeKind.TemporaryFailure, 421, "4.7.0 Too many connections")
                : new SendResult(SendOutcomeKind.Accepted, 250, "OK"),
        };
        await using var harness = new EngineHarness(transport: transport, configure: static o =>
        {
            o.Pipeline.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
            o.Pipeline.RetryMaxDelay = TimeSpan.FromMilliseconds(100);
        });
        using var deliveries = new MetricCollector<long>(Scope(harness), MailingTelemetry.MeterName, "seoulmonitor.mailing.deliveries");
        using var durations = new MetricCollector<double>(Scope(harness), MailingTelemetry.MeterName, "seoulmonitor.mailing.send.duration");
        await harness.StartAsync();

        var id = await harness.LaunchAsync(EngineHarness.Definition("h:40", CampaignPriority.Urgent));

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        Assert.Equal(40, (await harness.Ledger.CountAsync(id, Ct)).Sent);
        Assert.Equal(10, harness.Fake.Rows(id).Count(r => r.Attempts == 2));
        await MailEngineTests.WaitUntilAsync(() => Task.FromResult(deliveries.GetMeasurementSnapshot().Sum(m => m.Value) == 50));
        var byOutcome = deliveries.GetMeasurementSnapshot()
            .GroupBy(m => (string)m.Tags["mailing.delivery.outcome"]!)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(40, byOutcome["sent"]);
        Assert.Equal(10, byOutcome["deferred"]);
        Assert.All(deliveries.GetMeasurementSnapshot(), m => Assert.Equal("urgent", m.Tags["mailing.campaign.priority"]));
        Assert.All(deliveries.GetMeasurementSnapshot(), m => Assert.DoesNotContain(m.Tags.Values, v => v is string s && s.Contains('@', StringComparison.Ordinal)));
        Assert.Equal(50, durations.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task RunAsync_ScheduledCampaignDue_StartedByTheEngineAndSent()
    {
        await using var harness = new EngineHarness();
        var definition = EngineHarness.Definition("w:5") with { SendAt = TimeProvider.System.GetUtcNow().AddMilliseconds(-1) };
        Assert.True((await harness.Campaigns.CreateAsync(definition, Ct)).IsSuccess);
        Assert.True((await harness.Campaigns.ScheduleAsync(definition.Id, Ct)).IsSuccess);

        await harness.StartAsync();

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(definition.Id));
        Assert.Equal(5, (await harness.Ledger.CountAsync(definition.Id, Ct)).Sent);
    }

    [Fact]
    public async Task WatchProgressAsync_RunningCampaign_ReportsUntilCompletedWithFinalCounts()
    {
        await using var harness = new EngineHarness();
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("v:300"));

        var reports = new List<CampaignProgress>();
        await foreach (var progress in harness.Campaigns.WatchProgressAsync(id, Ct).WithCancellation(Ct))
        {
            reports.Add(progress);
        }

        var last = reports[^1];
        Assert.Equal(CampaignState.Completed, last.State);
        Assert.Equal(300, last.Counts.Sent);
        Assert.Equal(1, last.Fraction);
        Assert.Equal(TimeSpan.Zero, last.EstimatedRemaining);
    }
}
