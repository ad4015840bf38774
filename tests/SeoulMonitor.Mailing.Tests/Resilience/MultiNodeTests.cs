using System.Diagnostics;
using System.Globalization;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Tests.Fakes;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// Three engine processes (crash-harness nodes) on one PostgreSQL ledger sending one campaign: a node killed with
/// SIGKILL in the middle loses its rows only until their lease expires, live nodes never send a row twice, and a pause
/// issued through one node stops all of them until a resume through another.
/// </summary>
public sealed class MultiNodeTests
{
    private const int Recipients = 6_000, Connections = 4, RatePerNode = 500;
    // Each node's two lanes hold at most 2 × 2,000 claimed rows (the default QueueCapacity), plus one per worker.
    private const int InFlightCapacity = (2 * 2_000) + Connections;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThreeNodes_OneKilledMidCampaign_EveryRecipientFinalLiveNodesNeverDuplicate()
    {
        var clock = Stopwatch.StartNew();
        await using var server = FaultySmtpServer.Start();
        using var cluster = await MultiNodeCluster.CreateAsync(server);
        var a = await cluster.StartNodeAsync("node-a", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        var b = await cluster.StartNodeAsync("node-b", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        var c = await cluster.StartNodeAsync("node-c", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        await server.WaitUntilAsync(s => s.MessageCount >= Recipients / 3, RunTimeout);

        await b.KillAsync(StartTimeout);
        var receivedAtKill = server.MessageCount;
        var held = await cluster.LeasedToAsync("node-b", Ct);

        await Task.WhenAll(a.WaitForExitAsync(RunTimeout), c.WaitForExitAsync(RunTimeout));
        Assert.True(a.ExitCode == 0, $"node-a ended with {a.ExitCode}: {a.Output}");
        Assert.True(c.ExitCode == 0, $"node-c ended with {c.ExitCode}: {c.Output}");
        var audit = await CampaignAudit.LoadAsync(cluster.Ledger, cluster.CampaignId, Enumerable.Range(1, Recipients).Select(RecipientId), server, Ct);
        var senders = cluster.SendersByRow();
        var duplicated = senders.Where(p => p.Value.Count > 1).ToList();
        TestContext.Current.TestOutputHelper!.WriteLine(
            $"received={server.MessageCount} at kill={receivedAtKill} held by node-b={held.Count} duplicates={audit.Duplicates} " +
            $"sent by a/b/c={Count(senders, "node-a")}/{Count(senders, "node-b")}/{Count(senders, "node-c")} seconds={clock.Elapsed.TotalSeconds:F1}");

        Assert.Equal(CampaignState.Completed, audit.State);
        audit.AssertEveryRecipientFinalAndNoneLost(Recipients, static _ => false);
        Assert.Equal(Recipients, audit.Counts.Sent);
        Assert.NotEmpty(held);
        Assert.InRange(held.Count, 1, InFlightCapacity);
        Assert.All(senders, p => Assert.True(
            p.Value.Count(n => n != "node-b") <= 1, $"row {p.Key} was sent by two live nodes: {string.Join(", ", p.Value)}"));
        Assert.All(duplicated, p =>
        {
            Assert.Contains(p.Key, held);
            Assert.Contains("node-b", p.Value);
        });
        Assert.InRange(audit.Duplicates, 0, held.Count);
        Assert.True(held.Any(seq => senders.TryGetValue(seq, out var nodes) && nodes.Any(n => n != "node-b")),
            "the live nodes must have taken over rows the killed node held");
    }

    [Fact]
    public async Task ThreeNodes_PausedThroughOneResumedThroughAnother_NothingSentWhilePausedEveryRowOnce()
    {
        await using var server = FaultySmtpServer.Start();
        using var cluster = await MultiNodeCluster.CreateAsync(server);
        var a = await cluster.StartNodeAsync("node-a", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        var b = await cluster.StartNodeAsync("node-b", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        var c = await cluster.StartNodeAsync("node-c", Recipients, Connections, RatePerNode, Lease, StartTimeout);
        await server.WaitUntilAsync(s => s.MessageCount >= Recipients / 4, RunTimeout);

        Assert.Equal("pause ok Paused", await a.CommandAsync("pause", StartTimeout));
        // The other nodes read the pause from the ledger within their poll interval (50 ms) and finish the message each
        // worker has on the wire: one second is far more than that.
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        var settled = server.MessageCount;
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.Equal(settled, server.MessageCount);
        var paused = await CampaignAudit.LoadAsync(cluster.Ledger, cluster.CampaignId, [], server, Ct);
        Assert.Equal(CampaignState.Paused, paused.State);
        Assert.Equal(0L, paused.Counts.InFlight);
        Assert.InRange(settled, Recipients / 4, Recipients - 1);

        // Progress read through any node counts every node's sends (it comes from the ledger, not from this node).
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"progress ok Paused final={paused.Counts.Final} total={Recipients}"),
            await b.CommandAsync("progress", StartTimeout));
        Assert.True(Count(cluster.SendersByRow(), "node-b") < paused.Counts.Final, "node-b alone did not send everything");

        Assert.Equal("resume ok Running", await c.CommandAsync("resume", StartTimeout));
        await Task.WhenAll(a.WaitForExitAsync(RunTimeout), b.WaitForExitAsync(RunTimeout), c.WaitForExitAsync(RunTimeout));
        Assert.All(new[] { a, b, c }, n => Assert.True(n.ExitCode == 0, $"a node ended with {n.ExitCode}: {n.Output}"));
        var audit = await CampaignAudit.LoadAsync(cluster.Ledger, cluster.CampaignId, Enumerable.Range(1, Recipients).Select(RecipientId), server, Ct);
        TestContext.Current.TestOutputHelper!.WriteLine($"received={server.MessageCount} at pause={settled} duplicates={audit.Duplicates}");
        Assert.Equal(CampaignState.Completed, audit.State);
        audit.AssertEveryRecipientFinalAndNoneLost(Recipients, static _ => false);
        Assert.Equal(Recipients, audit.Counts.Sent);
        Assert.Equal(0, audit.Duplicates);
    }

    private static int Count(Dictionary<long, List<string>> senders, string node) => senders.Values.Sum(list => list.Count(n => n == node));

    private static string RecipientId(int i) => string.Create(CultureInfo.InvariantCulture, $"r-{i}");
}
