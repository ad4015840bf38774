using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class CampaignSignalsTests
{
    [Fact]
    public async Task SetFromLedger_StaleReadAfterAPause_DoesNotUndoThePause()
    {
        var signals = new CampaignSignals();
        var id = Guid.NewGuid();
        signals.Set(id, CampaignState.Running);
        var seen = signals.Version;

        // The dispatcher read the campaign list (Running), then an operator paused it on this node.
        await signals.NotifyAsync(id, CampaignState.Paused, drain: false, TestContext.Current.CancellationToken);
        signals.SetFromLedger(id, CampaignState.Running, seen);

        Assert.Equal(CampaignState.Paused, signals.StateOf(id));
        Assert.False(signals.IsRunning(id));
    }

    [Fact]
    public void SetFromLedger_NoLocalChange_TakesTheLedgerState()
    {
        var signals = new CampaignSignals();
        var id = Guid.NewGuid();
        signals.Set(id, CampaignState.Paused);
        var seen = signals.Version;

        // Resumed by another node: the ledger says Running and this node changed nothing since the read.
        signals.SetFromLedger(id, CampaignState.Running, seen);

        Assert.True(signals.IsRunning(id));
    }
}
