using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Bounces.RealMta;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>
/// Bounces end to end on the real rig: the engine sends a campaign through Postfix with VERP return paths; Postfix's
/// own DSN lands in Dovecot; the <see cref="BounceMailboxPoller"/> reads it over IMAP; the address is suppressed and
/// the next campaign skips it.
/// </summary>
public sealed class BounceEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task Bounce_UnknownRecipientThroughPostfix_SuppressedAndNextCampaignSkipsIt() => RealMtaRig.RunAsync(async rig =>
    {
        var token = RealMtaRig.NewToken("e2e");
        var delivered = MailRigAddresses.Delivered($"citizen-{token}");
        var unknown = MailRigAddresses.Unknown(token);
        await using var harness = new BounceEngineHarness(rig, "hard");
        await harness.StartAsync();

        var first = await harness.RunCampaignAsync(delivered, unknown);
        Assert.Equal(DeliveryState.Sent, (await harness.RowAsync(first, unknown)).State); // Postfix accepted it; the refusal comes later
        await harness.CollectBounceAsync(first, unknown);
        var poll = await harness.Poller.PollOnceAsync(Ct);

        Assert.Equal(new BouncePollResult(1, 0, 0), poll);
        Assert.True(harness.Suppressions.Contains(DeliveryChannel.Email, unknown));
        Assert.False(harness.Suppressions.Contains(DeliveryChannel.Email, delivered));
        Assert.Contains(unknown, await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        var bounce = Assert.Single(await harness.Ledger.ListBouncesAsync(first, 0, 10, Ct));
        Assert.Equal(((await harness.RowAsync(first, unknown)).Sequence, BounceKind.Hard, "5.1.1"), (bounce.Event.Sequence, bounce.Event.Kind, bounce.Event.Status));
        Assert.Contains("User unknown", bounce.Event.Diagnostic, StringComparison.Ordinal);
        Assert.Equal(unknown, Assert.Single(harness.Observer.Suppressions).Address);
        Assert.Equal(1, await harness.CountAsync(harness.Folder + "-done"));
        Assert.Equal(0, await harness.CountAsync(harness.Folder));

        var second = await harness.RunCampaignAsync(delivered, unknown);

        Assert.Equal(DeliveryState.Suppressed, (await harness.RowAsync(second, unknown)).State);
        Assert.Equal(DeliveryState.Sent, (await harness.RowAsync(second, delivered)).State);
        Assert.Equal(new BouncePollResult(0, 0, 0), await harness.Poller.PollOnceAsync(Ct));
    });

    [Fact]
    public Task Bounce_MailboxFullThreeTimesInARow_SuppressedAtTheThird() => RealMtaRig.RunAsync(async rig =>
    {
        var full = MailRigAddresses.MailboxFull(RealMtaRig.NewToken("e2e"));
        await using var harness = new BounceEngineHarness(rig, "soft");
        await harness.StartAsync();

        for (var i = 1; i <= 3; i++)
        {
            var campaign = await harness.RunCampaignAsync(full);
            await harness.CollectBounceAsync(campaign, full);
            Assert.Equal(new BouncePollResult(1, 0, 0), await harness.Poller.PollOnceAsync(Ct));
            var bounce = Assert.Single(await harness.Ledger.ListBouncesAsync(campaign, 0, 10, Ct));
            Assert.Equal((BounceKind.Soft, "5.2.2"), (bounce.Event.Kind, bounce.Event.Status));
            Assert.Equal(i == 3, harness.Suppressions.Contains(DeliveryChannel.Email, full));
        }

        var next = await harness.RunCampaignAsync(full);

        Assert.Equal(DeliveryState.Suppressed, (await harness.RowAsync(next, full)).State);
    });
}
