using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class MailEngineControlTests
{
    private const int Workers = 2;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PauseAsync_Running_NoSendAfterPauseNothingInFlightAndResumeSendsEachOnce()
    {
        using var gate = new SendGate(100);
        var transport = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        await using var harness = new EngineHarness(transport: transport);
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("p:1000"));
        await gate.Reached;

        var pausing = harness.Campaigns.PauseAsync(id, Ct);
        var sentWhenPaused = transport.Total;
        gate.Release();
        var paused = await pausing.WaitAsync(EngineHarness.Timeout, Ct);

        Assert.Equal(CampaignState.Paused, paused.Value.State);
        var counts = await harness.Ledger.CountAsync(id, Ct);
        Assert.InRange(transport.Total, sentWhenPaused, sentWhenPaused + Workers);
        Assert.Equal(0, counts.InFlight);
        Assert.Equal(transport.Total, counts.Sent);
        Assert.Equal(1000 - counts.Sent, counts.Pending);

        Assert.True((await harness.Campaigns.ResumeAsync(id, Ct)).IsSuccess);
        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        Assert.Equal(1000, transport.SendsPerMessageId.Count);
        Assert.All(transport.SendsPerMessageId.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task CancelAsync_Running_RemainingRowsCancelledAndNothingMoreSent()
    {
        using var gate = new SendGate(50);
        var transport = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        await using var harness = new EngineHarness(transport: transport);
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("x:800"));
        await gate.Reached;

        var cancelling = harness.Campaigns.CancelAsync(id, Ct);
        gate.Release();
        Assert.True((await cancelling.WaitAsync(EngineHarness.Timeout, Ct)).IsSuccess);
        var sent = transport.Total;

        Assert.Equal(CampaignState.Cancelled, await harness.WaitAsync(id));
        var counts = await harness.Ledger.CountAsync(id, Ct);
        Assert.Equal(800, counts.Final);
        Assert.Equal(sent, counts.Sent);
        Assert.Equal(800 - sent, counts.Cancelled);
        Assert.Equal(sent, transport.Total);
        Assert.Equal(MailingErrors.InvalidTransition(CampaignState.Cancelled, CampaignEvent.Resume).Code, (await harness.Campaigns.ResumeAsync(id, Ct)).Error?.Code);
    }

    [Fact]
    public async Task StopAsync_MidCampaign_ReleasesClaimedRowsAndRestartSendsEachOnce()
    {
        using var gate = new SendGate(150);
        var first = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        var harness = new EngineHarness(transport: first);
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("s:1000"));
        await gate.Reached;

        var stopping = harness.StopAsync();
        gate.Release();
        await stopping;

        var counts = await harness.Ledger.CountAsync(id, Ct);
        Assert.Equal(0, counts.InFlight);
        Assert.Equal(first.Total, counts.Sent);
        Assert.Equal(1000 - first.Total, counts.Pending);
        Assert.Empty(Directory.GetFiles(harness.JournalDirectory));
        await harness.DisposeAsync();

        var second = new FakeMailConnectionFactory();
        await using var restarted = new EngineHarness(harness.Ledger, second, harness.JournalDirectory);
        await restarted.StartAsync();
        Assert.Equal(CampaignState.Completed, await restarted.WaitAsync(id));
        AssertEachSentOnce(1000, first, second);
        restarted.DeleteJournal();
    }

    [Fact]
    public async Task AbandonAsync_CrashBeforeOutcomesReachLedger_JournalReplayedAndNoDuplicates()
    {
        using var gate = new SendGate(300);
        var first = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        var harness = new EngineHarness(transport: first, configure: o => o.Pipeline.FlushInterval = TimeSpan.FromMinutes(1));
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("k:1000"));
        await gate.Reached;

        var crashing = harness.CrashAsync();
        gate.Release();
        await crashing;
        await harness.DisposeAsync();

        var sentBeforeCrash = first.SendsPerMessageId.Count;
        Assert.True(sentBeforeCrash >= 300);
        Assert.True((await harness.Ledger.CountAsync(id, Ct)).Sent < sentBeforeCrash, "the crash must lose outcomes for the journal to matter");
        Assert.NotEmpty(Directory.GetFiles(harness.JournalDirectory));

        var second = new FakeMailConnectionFactory();
        await using var restarted = new EngineHarness(harness.Ledger, second, harness.JournalDirectory);
        await restarted.StartAsync();
        Assert.Equal(CampaignState.Completed, await restarted.WaitAsync(id));
        AssertEachSentOnce(1000, first, second);
        Assert.Equal(1000, (await restarted.Ledger.CountAsync(id, Ct)).Sent);
        await restarted.StopAsync();
        Assert.Empty(Directory.GetFiles(restarted.JournalDirectory));
        restarted.DeleteJournal();
    }

    [Fact]
    public async Task LaunchAsync_UrgentDuringNewsletter_OvertakesAndFinishesFirst()
    {
        using var gate = new SendGate(200);
        var transport = new FakeMailConnectionFactory { OnSend = gate.OnSend };
        await using var harness = new EngineHarness(transport: transport);
        await harness.StartAsync();
        var newsletter = await harness.LaunchAsync(EngineHarness.Definition("n:5000", CampaignPriority.Bulk));
        await gate.Reached;

        var urgent = await harness.LaunchAsync(EngineHarness.Definition("u:200", CampaignPriority.Urgent));
        await MailEngineTests.WaitUntilAsync(() => Task.FromResult(harness.Engine.Lanes.UrgentCount > 100));
        var sentAtUrgentQueued = transport.Total;
        gate.Release();

        await harness.WaitAsync(urgent);
        await harness.WaitAsync(newsletter);
        var order = transport.Order.ToList();
        var firstUrgent = order.FindIndex(a => a.StartsWith('u'));
        var lastUrgent = order.FindLastIndex(a => a.StartsWith('u'));
        var lastNewsletter = order.FindLastIndex(a => a.StartsWith('n'));
        Assert.InRange(firstUrgent, 0, sentAtUrgentQueued + Workers);
        Assert.True(lastUrgent < lastNewsletter);
        Assert.True(sentAtUrgentQueued < 4000, "the newsletter must still be running when the urgent notice arrives");
        Assert.Equal(5200, order.Count);
    }

    private static void AssertEachSentOnce(int expected, params FakeMailConnectionFactory[] transports)
    {
        var all = transports.SelectMany(t => t.SendsPerMessageId).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        Assert.Equal(expected, all.Count);
        Assert.All(all, p => Assert.Equal(1, p.Value));
    }
}
