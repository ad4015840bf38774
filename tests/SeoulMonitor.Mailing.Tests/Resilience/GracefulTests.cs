using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Tests.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>Pause/resume and cancel in the middle of a campaign over real SMTP: not one message twice.</summary>
public sealed class GracefulTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PauseResume_MidCampaign_NothingSentWhilePausedAndNoDuplicate()
    {
        await using var server = FaultySmtpServer.Start();
        await using var harness = new SmtpEngineHarness(server);
        await harness.StartAsync();
        var id = await harness.LaunchAsync("p:800");
        await server.WaitUntilAsync(s => s.MessageCount >= 100, EngineHarness.Timeout);

        var paused = await harness.Campaigns.PauseAsync(id, Ct);
        var receivedWhenPaused = server.MessageCount;
        var counts = await harness.Ledger.CountAsync(id, Ct);

        Assert.Equal(CampaignState.Paused, paused.Value.State);
        Assert.Equal(0, counts.InFlight);
        Assert.Equal(receivedWhenPaused, counts.Sent);
        Assert.True(counts.Sent < 800, "the pause must come before the end");
        Assert.True((await harness.Campaigns.ResumeAsync(id, Ct)).IsSuccess);
        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        var audit = await harness.AuditAsync(id, "p", 800);
        audit.AssertEveryRecipientFinalAndNoneLost(800, static _ => false);
        Assert.Equal(0, audit.Duplicates);
    }

    [Fact]
    public async Task Cancel_MidCampaign_RestCancelledAndNoDuplicate()
    {
        await using var server = FaultySmtpServer.Start();
        await using var harness = new SmtpEngineHarness(server);
        await harness.StartAsync();
        var id = await harness.LaunchAsync("c:800");
        await server.WaitUntilAsync(s => s.MessageCount >= 100, EngineHarness.Timeout);

        Assert.True((await harness.Campaigns.CancelAsync(id, Ct)).IsSuccess);

        Assert.Equal(CampaignState.Cancelled, await harness.WaitAsync(id));
        var audit = await harness.AuditAsync(id, "c", 800);
        audit.AssertEveryRecipientFinalAndNoneLost(800, r => r.State == DeliveryState.Cancelled);
        Assert.Equal(server.MessageCount, audit.Counts.Sent);
        Assert.Equal(800 - audit.Counts.Sent, audit.Counts.Cancelled);
        Assert.True(audit.Counts.Cancelled > 0, "the cancel must come before the end");
        Assert.Equal(0, audit.Duplicates);
    }
}
