using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Pipeline;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// Two engines on one ledger past a campaign's send-by deadline: the node that expires the campaign leaves the rows
/// another node holds under a live lease to that node, which records what it sent as sent and expires the rest itself;
/// the campaign completes only when every row is final.
/// </summary>
public sealed class MultiNodeExpiryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Expire_RowBeingSentByAnotherNodeAtTheDeadline_EndsSentTheRestExpired()
    {
        var clock = new MultiNodeClock();
        var ledger = new FakeDeliveryLedger();
        using var send = new SendGate(1);
        await using var holder = new EngineHarness(
            ledger, transport: new() { OnSend = send.OnSend }, time: clock,
            configure: o => (o.Pipeline.NodeId, o.Pipeline.Workers, o.Pipeline.ClaimBatchSize, o.Pipeline.QueueCapacity) = ("node-b", 1, 1, 1));
        await using var expirer = new EngineHarness(ledger, time: clock, configure: o => o.Pipeline.NodeId = "node-a");
        var definition = EngineHarness.Definition("late:3", sendBy: clock.GetUtcNow().AddMinutes(1));
        await holder.StartAsync();
        await holder.LaunchAsync(definition);
        await send.Reached;

        // node-b's only worker is inside the send of the first row; the deadline passes within node-b's 2-minute lease.
        clock.Advance(TimeSpan.FromSeconds(90));
        await expirer.StartAsync();
        await Eventually.WaitAsync(() => ledger.ExpiredBy(definition.Id, "node-a"), EngineHarness.Timeout, "node-a's expiry pass");
        var whileSending = await ledger.GetDeliveryAsync(definition.Id, "late-1", Ct);
        send.Release();

        Assert.Equal(CampaignState.Completed, await holder.WaitAsync(definition.Id));
        Assert.Equal(CampaignState.Completed, await expirer.WaitAsync(definition.Id));
        Assert.Equal(DeliveryState.InFlight, whileSending!.State);
        Assert.Equal(DeliveryState.Sent, (await ledger.GetDeliveryAsync(definition.Id, "late-1", Ct))!.State);
        Assert.Equal(new DeliveryCounts(0, 0, 0, 1, 0, 0, 2, 0), await ledger.CountAsync(definition.Id, Ct));
        Assert.Equal((1, 0), (holder.Transport.Total, expirer.Transport.Total));
    }
}
