using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Ledger;
using SeoulMonitor.Mailing.Tests.Pipeline;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// Two engines on one ledger (the in-memory fake, SQLite, PostgreSQL) past a campaign's send-by deadline: the node
/// that expires the campaign leaves the rows another node holds under a live lease to that node, which records what it
/// sent as sent and expires the rest itself; the campaign completes only when every row is final.
/// </summary>
public sealed class MultiNodeExpiryTests
{
    /// <summary>The dispatcher's expiry pass (Log.Expiry.cs).</summary>
    private const int ExpiryPassEventId = 702;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData(MailLedgerProvider.Sqlite)]
    [InlineData(MailLedgerProvider.PostgreSql)]
    public async Task Expire_RowBeingSentByAnotherNodeAtTheDeadline_EndsSentTheRestExpired(MailLedgerProvider? provider)
    {
        await using var db = provider is { } p ? await LedgerTestDatabase.CreateAsync(p) : null;
        IDeliveryLedger ledger = db?.Ledger ?? new FakeDeliveryLedger();
        var clock = new MultiNodeClock();
        using var send = new SendGate(1);
        await using var holder = new EngineHarness(
            ledger, transport: new() { OnSend = send.OnSend }, time: clock,
            configure: o => (o.Pipeline.NodeId, o.Pipeline.Workers, o.Pipeline.ClaimBatchSize, o.Pipeline.QueueCapacity) = ("node-b", 1, 1, 1));
        await using var expirer = new EngineHarness(
            db?.NewLedger() ?? ledger, time: clock, configure: o => o.Pipeline.NodeId = "node-a",
            extra: s => s.AddFakeLogging().AddLogging(b => b.SetMinimumLevel(LogLevel.Debug)));
        var log = expirer.Services.GetFakeLogCollector();
        var definition = EngineHarness.Definition("late:3", sendBy: clock.GetUtcNow().AddMinutes(1));
        await holder.StartAsync();
        await holder.LaunchAsync(definition);
        await send.Reached;

        // node-b's only worker is inside the send of the first row; the deadline passes within node-b's 2-minute lease.
        clock.Advance(TimeSpan.FromSeconds(90));
        await expirer.StartAsync();
        await Eventually.WaitAsync(
            () => log.GetSnapshot().Any(r => r.Id.Id == ExpiryPassEventId && r.Message.Contains(definition.Id.ToString(), StringComparison.OrdinalIgnoreCase)),
            EngineHarness.Timeout,
            "node-a's expiry pass");
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
