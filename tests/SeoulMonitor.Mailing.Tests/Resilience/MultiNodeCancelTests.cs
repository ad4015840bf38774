using System.Globalization;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Fakes;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// A cancel issued through one node while three send on one PostgreSQL ledger: the rows other nodes hold are recorded
/// by those nodes (sent if they sent them before they learnt of the cancel, else cancelled), so the ledger and the
/// SMTP server agree row by row: nothing is recorded cancelled that was sent.
/// </summary>
public sealed class MultiNodeCancelTests
{
    private const int Recipients = 6_000, Connections = 4, RatePerNode = 500;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThreeNodes_CancelledThroughOne_EveryRowFinalAndSentExactlyWhenReceived()
    {
        await using var server = FaultySmtpServer.Start();
        using var cluster = await MultiNodeCluster.CreateAsync(server);
        var a = await cluster.StartNodeAsync("node-a", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        var b = await cluster.StartNodeAsync("node-b", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        var c = await cluster.StartNodeAsync("node-c", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        await server.WaitUntilAsync(s => s.MessageCount >= Recipients / 4, RunTimeout);
        var inFlightOnOthers = (await cluster.LeasedToAsync("node-b", Ct)).Count + (await cluster.LeasedToAsync("node-c", Ct)).Count;

        Assert.Equal("cancel ok Cancelled", await a.CommandAsync("cancel", StartTimeout));
        var atCancel = await CampaignAudit.LoadAsync(cluster.Ledger, cluster.CampaignId, [], server, Ct);
        // Every node learns of the cancel (from the ledger, within its poll interval), finishes the rows it holds and ends.
        await Task.WhenAll(a.WaitForExitAsync(RunTimeout), b.WaitForExitAsync(RunTimeout), c.WaitForExitAsync(RunTimeout));
        // The harness exits with 1 when the campaign ended cancelled.
        Assert.All(new[] { a, b, c }, n => Assert.True(
            n.ExitCode == 1 && n.Output.Contains("final Cancelled", StringComparison.Ordinal), $"a node ended with {n.ExitCode}: {n.Output}"));

        var audit = await CampaignAudit.LoadAsync(cluster.Ledger, cluster.CampaignId, Enumerable.Range(1, Recipients).Select(RecipientId), server, Ct);
        var senders = cluster.SendersByRow();
        TestContext.Current.TestOutputHelper!.WriteLine(
            $"received={server.MessageCount} in flight on b/c before the cancel={inFlightOnOthers} open right after it={atCancel.Counts.Total - atCancel.Counts.Final} " +
            $"sent={audit.Counts.Sent} cancelled={audit.Counts.Cancelled} duplicates={audit.Duplicates}");
        Assert.Equal(CampaignState.Cancelled, audit.State);
        Assert.Equal(CampaignState.Cancelled, atCancel.State);
        // Every row final; every Sent row received, every received row Sent; every other row cancelled and never received.
        audit.AssertEveryRecipientFinalAndNoneLost(Recipients, static r => r.State == DeliveryState.Cancelled);
        Assert.Equal(Recipients, audit.Counts.Sent + audit.Counts.Cancelled);
        Assert.Equal(senders.Count, (int)audit.Counts.Sent);
        Assert.Equal(0, audit.Duplicates);
        Assert.InRange(audit.Counts.Sent, Recipients / 4, Recipients - 1);
    }

    private static string RecipientId(int i) => string.Create(CultureInfo.InvariantCulture, $"r-{i}");
}
