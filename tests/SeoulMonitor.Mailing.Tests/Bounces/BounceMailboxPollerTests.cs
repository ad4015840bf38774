using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Tests.Bounces.RealMta;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>The IMAP poller against the rig's real Dovecot: refused messages go to the rejected folder, none is processed twice.</summary>
public sealed class BounceMailboxPollerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task PollOnceAsync_UnusableMessages_MovedToRejectedAndNothingWritten() => RealMtaRig.RunAsync(async rig =>
    {
        await using var harness = new BounceEngineHarness(rig, "reject");
        await harness.StartAsync();
        await harness.AppendAsync(
            BounceTestData.Sample("not-a-report.eml"), BounceTestData.Sample("dsn-forged-token.eml"),
            BounceTestData.Sample("dsn-no-token.eml"), BounceTestData.Sample("postfix-unknown-recipient.eml"));

        var first = await harness.Poller.PollOnceAsync(Ct);
        var second = await harness.Poller.PollOnceAsync(Ct);

        Assert.Equal(new BouncePollResult(0, 4, 0), first);
        Assert.Equal(new BouncePollResult(0, 0, 0), second);
        Assert.Equal(4, await harness.CountAsync(harness.Folder + "-rejected"));
        Assert.Equal(0, await harness.CountAsync(harness.Folder));
        Assert.Empty(await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        Assert.Empty(harness.Observer.Suppressions);
    });

    [Fact]
    public Task PollOnceAsync_WrongPassword_Throws() => RealMtaRig.RunAsync(async rig =>
    {
        await using var harness = new BounceEngineHarness(rig, "auth", password: "not-the-password");

        await Assert.ThrowsAsync<MailKit.Security.AuthenticationException>(() => harness.Poller.PollOnceAsync(Ct));
    });
}
