using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Tests.Pipeline;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// Two engines on one ledger (two nodes in one test process): a worker that passed its first checks and then waited
/// (send-time gate, rate limit, connection) looks again right before sending, so it never sends a row after its node
/// learnt of a pause made on another node, nor a row whose lease passed to another node meanwhile.
/// </summary>
public sealed class MultiNodeWorkerTests
{
    [Fact]
    public async Task Worker_CampaignPausedOnAnotherNodeWhileItWaited_ReleasesTheRowUnsent()
    {
        var ledger = new FakeDeliveryLedger();
        CampaignSignals? signals = null;
        var campaignId = Guid.Empty;
        var gate = new MultiNodeHoldingGate(() => signals is not null && !signals.IsRunning(campaignId), EngineHarness.Timeout);
        await using var node = new EngineHarness(ledger, gate: gate, configure: o => (o.Pipeline.NodeId, o.Pipeline.Workers) = ("node-a", 1));
        await using var other = new EngineHarness(ledger, configure: o => o.Pipeline.NodeId = "node-b");
        signals = (CampaignSignals)node.Services.GetService(typeof(CampaignSignals))!;
        var definition = EngineHarness.Definition("paused:3");
        campaignId = definition.Id;
        await node.StartAsync();
        await node.LaunchAsync(definition);
        await gate.Reached.WaitAsync(EngineHarness.Timeout, TestContext.Current.CancellationToken);

        // Paused through the other node's service: this node learns it from the ledger on its next dispatcher pass.
        Assert.True((await other.Campaigns.PauseAsync(campaignId, TestContext.Current.CancellationToken)).IsSuccess);
        await Eventually.WaitAsync(() => ledger.CountAsync(campaignId).Result.InFlight == 0, EngineHarness.Timeout, "the rows given back");

        Assert.Equal(0, node.Transport.Total);
        Assert.Equal(3L, (await ledger.CountAsync(campaignId, TestContext.Current.CancellationToken)).Pending);
        Assert.True((await other.Campaigns.ResumeAsync(campaignId, TestContext.Current.CancellationToken)).IsSuccess);
        Assert.Equal(CampaignState.Completed, await node.WaitAsync(campaignId));
        Assert.Equal(3, node.Transport.Total);
        Assert.All(node.Transport.SendsPerAddress.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task Worker_LeaseTakenOverByAnotherNodeWhileItWaited_OnlyTheNewOwnerSends()
    {
        var ledger = new FakeDeliveryLedger();
        EngineHarness? taker = null;
        var gate = new MultiNodeHoldingGate(() => taker is not null && taker.Transport.Total > 0, EngineHarness.Timeout);
        var lease = TimeSpan.FromSeconds(1);
        await using var slow = new EngineHarness(ledger, gate: gate, configure: o => (o.Pipeline.NodeId, o.Pipeline.Workers, o.Pipeline.LeaseDuration) = ("node-a", 1, lease));
        await using var fast = new EngineHarness(ledger, configure: o => (o.Pipeline.NodeId, o.Pipeline.LeaseDuration) = ("node-b", lease));
        var definition = EngineHarness.Definition("taken:1");
        await slow.StartAsync();
        await slow.LaunchAsync(definition);
        await gate.Reached.WaitAsync(EngineHarness.Timeout, TestContext.Current.CancellationToken);

        // node-a's worker holds the row past its lease; node-b takes it over once the lease expired and sends it.
        taker = fast;
        await fast.StartAsync();

        Assert.Equal(CampaignState.Completed, await fast.WaitAsync(definition.Id));
        await Eventually.WaitAsync(() => slow.Engine.Tracker.Outstanding(definition.Id) == 0, EngineHarness.Timeout, "node-a giving the row back");
        Assert.Equal(0, slow.Transport.Total);
        Assert.Equal(1, fast.Transport.Total);
        var record = await ledger.GetDeliveryAsync(definition.Id, "taken-1", TestContext.Current.CancellationToken);
        Assert.Equal(DeliveryState.Sent, record!.State);
    }

    [Fact]
    public async Task Worker_WaitsForRateLimitWithAChainedMessagePending_WritesItsOutcomeFirst()
    {
        // One token every half second: the second message waits for it. The first went out chained (its answer is read
        // with the next send); it must be answered and written before the wait, or its lease runs out meanwhile.
        await using var server = FaultySmtpServer.Start();
        await using var node = new SmtpEngineHarness(server, workers: 1, configure: o => (o.RateLimits.GlobalPerSecond, o.RateLimits.BurstSeconds) = (2, 0.5));
        await node.StartAsync();
        var campaignId = await node.LaunchAsync("rated:2");

        var sentWhenFirstWritten = -1;
        await Eventually.WaitAsync(
            () =>
            {
                var received = server.MessageCount;
                if (node.Ledger.GetDeliveryAsync(campaignId, "rated-1").Result?.State != DeliveryState.Sent)
                {
                    return false;
                }

                sentWhenFirstWritten = received;
                return true;
            },
            EngineHarness.Timeout,
            "the first outcome in the ledger");

        Assert.Equal(1, sentWhenFirstWritten);
        Assert.True(server.PipelinedGroups > 0, "the session must have used the chained (pipelined) path");
        Assert.Equal(CampaignState.Completed, await node.WaitAsync(campaignId));
        Assert.Equal(2, server.MessageCount);
    }
}
