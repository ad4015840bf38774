using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Tests.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// End to end, the per-domain adaptation the RateLimiting unit tests prove on a fake clock: throttling replies from one
/// destination slow that domain only, and it grows back after a quiet interval.
/// </summary>
public sealed class ThrottlingTests
{
    private const double Rate = 100_000;

    [Fact]
    public async Task Send_ThrottlingBurstFromOneDomain_SlowsThatDomainOnlyAndRecovers()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueDomainReplies("d1.example", "451 4.7.1 Slow down", "450 4.2.1 Rate limited", "452 4.3.1 Busy");
        await using var harness = new SmtpEngineHarness(server, configure: o =>
        {
            o.RateLimits.DefaultPerDomainPerSecond = Rate;
            o.RateLimits.RecoveryInterval = TimeSpan.FromSeconds(1);
            o.RateLimits.RecoveryStep = Rate;
        });
        await harness.StartAsync();
        var limits = harness.Engine.RateLimits!;

        var id = await harness.LaunchAsync("h:400");
        await server.WaitUntilAsync(s => s.PendingDomainReplies("d1.example") == 0, EngineHarness.Timeout);
        await Eventually.WaitAsync(() => limits.GetDomainRate("d1.example") < Rate, EngineHarness.Timeout, "d1.example to slow down");
        var throttled = limits.GetDomainRate("d1.example");
        var others = new[] { "d0.example", "d2.example", "d3.example" }.Select(limits.GetDomainRate).ToList();

        Assert.InRange(throttled, Rate / 8, Rate / 2);
        Assert.All(others, r => Assert.Equal(Rate, r));
        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        await Eventually.WaitAsync(() => limits.GetDomainRate("d1.example") >= Rate, EngineHarness.Timeout, "d1.example to recover");
        var audit = await harness.AuditAsync(id, "h", 400);
        audit.AssertEveryRecipientFinalAndNoneLost(400, static _ => false);
        Assert.Equal(403, audit.Records.Sum(r => r.Attempts));
    }
}
