using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Ledger;
using SeoulMonitor.Mailing.Tests.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// A cancel made on another node, seen by one engine: rows of a node that died are left alone while its lease lives
/// (that node might still record them), then finished by the dispatcher's sweep once the lease has expired; rows this
/// engine holds end sent (if it sent them) or cancelled, never given back to a cancelled campaign.
/// </summary>
public sealed class MultiNodeSweepTests
{
    private static readonly TimeSpan DeadNodeLease = TimeSpan.FromSeconds(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_CancelledCampaignWithAnotherNodesLiveLeases_LeftUntilExpiryThenSweptNothingSent()
    {
        await using var harness = new EngineHarness();
        var definition = EngineHarness.Definition("unused");
        var now = TimeProvider.System.GetUtcNow();
        await harness.Ledger.CreateCampaignAsync(definition, now, Ct);
        await harness.Ledger.AddRecipientsAsync(definition.Id, LedgerData.Recipients(5), now, Ct);
        await harness.Ledger.TransitionCampaignAsync(definition.Id, CampaignState.Draft, CampaignState.Running, now, Ct);
        await harness.Ledger.ClaimAsync(definition.Id, 2, "node-dead", now, now + DeadNodeLease, false, Ct);
        await harness.Ledger.TransitionCampaignAsync(definition.Id, CampaignState.Running, CampaignState.Cancelled, now, Ct);

        await harness.StartAsync();
        var atStart = await harness.Ledger.CountAsync(definition.Id, Ct);
        await MailEngineTests.WaitUntilAsync(async () => (await harness.Ledger.CountAsync(definition.Id, Ct)).Final == 5);

        Assert.True(TimeProvider.System.GetUtcNow() >= now + DeadNodeLease, "the leased rows were finished before their lease expired");
        Assert.Equal((2L, 3L), (atStart.InFlight, atStart.Cancelled));
        Assert.Equal(5L, (await harness.Ledger.CountAsync(definition.Id, Ct)).Cancelled);
        Assert.Equal(0, harness.Transport.Total);
    }

    [Fact]
    public async Task Run_CancelledOnAnotherNodeWhileSending_HeldRowsSentOrCancelledEveryRowFinal()
    {
        using var gate = new SendGate(50);
        await using var harness = new EngineHarness(transport: new() { OnSend = gate.OnSend });
        await harness.StartAsync();
        var id = await harness.LaunchAsync(EngineHarness.Definition("p:300"));
        await gate.Reached;

        // Another node cancels: only the ledger changes; this engine learns of it within its poll interval.
        Assert.True(await harness.Ledger.TransitionCampaignAsync(id, CampaignState.Running, CampaignState.Cancelled, TimeProvider.System.GetUtcNow(), Ct));
        var signals = harness.Services.GetRequiredService<SeoulMonitor.Mailing.Pipeline.CampaignSignals>();
        await MailEngineTests.WaitUntilAsync(() => Task.FromResult(signals.StateOf(id) == CampaignState.Cancelled));
        gate.Release();
        Assert.Equal(CampaignState.Cancelled, await harness.WaitAsync(id));
        await MailEngineTests.WaitUntilAsync(async () => (await harness.Ledger.CountAsync(id, Ct)).Final == 300);

        var counts = await harness.Ledger.CountAsync(id, Ct);
        Assert.Equal(harness.Transport.Total, counts.Sent);
        Assert.Equal(300L, counts.Sent + counts.Cancelled);
        Assert.InRange(counts.Sent, 50, 299);
    }
}
