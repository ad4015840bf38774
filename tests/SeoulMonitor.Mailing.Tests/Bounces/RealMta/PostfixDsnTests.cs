using MimeKit;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Bounces.RealMta;

/// <summary>
/// Genuine delivery status notifications: a message goes through a real Postfix with a VERP return path to a recipient
/// the domain's MX refuses; Postfix writes the DSN, delivers it to the return path, and it is read back over IMAP from a
/// real Dovecot with MailKit. Asserts on what a bounce processor relies on.
/// </summary>
public sealed class PostfixDsnTests
{
    [Fact]
    public Task Send_UnknownRecipient_DsnWithStatus511ArrivesAtVerpAddress() => RealMtaRig.RunAsync(async rig =>
    {
        var token = RealMtaRig.NewToken("Unknown_Q9-zX"); // signed tokens are mixed case: the return path must keep it
        var verp = MailRigAddresses.Verp(token);
        var recipient = MailRigAddresses.Unknown(token);

        await RealMtaRig.SendAsync(rig, verp, recipient, "Citizen Monitor notice");
        var bounce = Assert.Single(await rig.WaitForMessagesAsync(MailRig.DeliveredTo(verp), 1, RealMtaRig.BounceTimeout, TestContext.Current.CancellationToken));
        await RealMtaRig.SaveSampleAsync("unknown-recipient", bounce);

        var message = bounce.Message;
        Assert.Equal(verp, message.Headers["Delivered-To"]);
        Assert.Equal(verp, message.Headers["X-Original-To"]);
        Assert.Equal(verp, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("<>", message.Headers[HeaderId.ReturnPath]);
        Assert.Equal($"MAILER-DAEMON@{MailRigAddresses.MtaHostName}", Assert.Single(message.From.Mailboxes).Address);
        var report = DeliveryStatusReport.Read(message);
        Assert.Equal($"dns; {MailRigAddresses.MtaHostName}", report.PerMessage["Reporting-MTA"]);
        Assert.Equal($"rfc822; {verp}", report.PerMessage["X-Postfix-Sender"]);
        var group = report.Recipient(recipient);
        Assert.Equal("failed", group["Action"]);
        Assert.Equal("5.1.1", group["Status"]);
        Assert.StartsWith("5.", group["Status"], StringComparison.Ordinal);
        Assert.Contains("550 5.1.1", group["Diagnostic-Code"], StringComparison.Ordinal);
        Assert.Equal("Citizen Monitor notice", report.Returned?.Subject);
    });

    [Fact]
    public Task Send_MailboxFull_DsnWithStatus522() => RealMtaRig.RunAsync(async rig =>
    {
        var token = RealMtaRig.NewToken("full");
        var verp = MailRigAddresses.Verp(token);
        var recipient = MailRigAddresses.MailboxFull(token);

        await RealMtaRig.SendAsync(rig, verp, recipient, "Mailbox full");
        var bounce = Assert.Single(await rig.WaitForMessagesAsync(MailRig.DeliveredTo(verp), 1, RealMtaRig.BounceTimeout, TestContext.Current.CancellationToken));
        await RealMtaRig.SaveSampleAsync("mailbox-full", bounce);

        var group = DeliveryStatusReport.Read(bounce.Message).Recipient(recipient);
        Assert.Equal("failed", group["Action"]);
        Assert.Equal("5.2.2", group["Status"]);
    });

    [Fact]
    public Task Send_BusyRecipient_DelayedDsnThenFailedDsnAfterQueueLifetime() => RealMtaRig.RunAsync(async rig =>
    {
        var token = RealMtaRig.NewToken("busy");
        var verp = MailRigAddresses.Verp(token);
        var recipient = MailRigAddresses.Busy(token);

        await RealMtaRig.SendAsync(rig, verp, recipient, "Busy mailbox");
        var bounces = await rig.WaitForMessagesAsync(MailRig.DeliveredTo(verp), 2, RealMtaRig.BounceTimeout, TestContext.Current.CancellationToken);

        var delayed = DeliveryStatusReport.Read(bounces[0].Message).Recipient(recipient);
        Assert.Equal("delayed", delayed["Action"]);
        Assert.Equal("4.2.1", delayed["Status"]);
        var failed = DeliveryStatusReport.Read(bounces[1].Message).Recipient(recipient);
        Assert.Equal("failed", failed["Action"]);
        Assert.Equal("4.2.1", failed["Status"]);
        await RealMtaRig.SaveSampleAsync("delayed", bounces[0]);
        await RealMtaRig.SaveSampleAsync("expired", bounces[1]);
    });

    [Fact]
    public Task Send_OneOfTwoRecipientsUnknown_DsnListsOnlyTheUnknownOne() => RealMtaRig.RunAsync(async rig =>
    {
        var token = RealMtaRig.NewToken("pair");
        var verp = MailRigAddresses.Verp(token);
        var known = MailRigAddresses.Delivered($"citizen-{token}");
        var unknown = MailRigAddresses.Unknown(token);
        var cancellationToken = TestContext.Current.CancellationToken;

        using (var client = new MailKit.Net.Smtp.SmtpClient())
        using (var message = new MimeMessage())
        {
            message.From.Add(MailboxAddress.Parse("news@seoul.example"));
            message.To.Add(MailboxAddress.Parse(known));
            message.Cc.Add(MailboxAddress.Parse(unknown));
            message.Subject = "Two recipients";
            message.Body = new TextPart("plain") { Text = "Two recipients, one unknown." };
            await client.ConnectAsync(rig.Host, rig.SmtpPort, MailKit.Security.SecureSocketOptions.None, cancellationToken);
            await client.SendAsync(message, MailboxAddress.Parse(verp), [MailboxAddress.Parse(known), MailboxAddress.Parse(unknown)], cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        var bounce = Assert.Single(await rig.WaitForMessagesAsync(MailRig.DeliveredTo(verp), 1, RealMtaRig.BounceTimeout, cancellationToken));
        await RealMtaRig.SaveSampleAsync("one-of-two", bounce);
        var report = DeliveryStatusReport.Read(bounce.Message);
        Assert.Equal("5.1.1", Assert.Single(report.PerRecipient)["Status"]);
        Assert.Equal("failed", report.Recipient(unknown)["Action"]);
        await rig.WaitForPostfixLogAsync(
            line => line.Contains($"to=<{known}>", StringComparison.OrdinalIgnoreCase) && line.Contains("status=sent", StringComparison.Ordinal),
            RealMtaRig.BounceTimeout,
            cancellationToken);
    });

    [Fact]
    public Task Send_KnownRecipient_DeliveredAndNoDsn() => RealMtaRig.RunAsync(async rig =>
    {
        var token = RealMtaRig.NewToken("known");
        var verp = MailRigAddresses.Verp(token);
        var recipient = MailRigAddresses.Delivered($"citizen-{token}");

        await RealMtaRig.SendAsync(rig, verp, recipient, "Delivered");
        await rig.WaitForPostfixLogAsync(
            line => line.Contains($"to=<{recipient}>", StringComparison.OrdinalIgnoreCase) && line.Contains("postfix/discard", StringComparison.Ordinal)
                && line.Contains("status=sent", StringComparison.Ordinal),
            RealMtaRig.BounceTimeout,
            TestContext.Current.CancellationToken);

        Assert.DoesNotContain(await rig.ListMessagesAsync(TestContext.Current.CancellationToken), MailRig.DeliveredTo(verp).Invoke);
    });

    [Fact]
    public Task DeleteMessages_OwnBounce_GoneFromMailbox() => RealMtaRig.RunAsync(async rig =>
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var token = RealMtaRig.NewToken("delete");
        var verp = MailRigAddresses.Verp(token);
        await RealMtaRig.SendAsync(rig, verp, MailRigAddresses.Unknown(token), "To be deleted");
        await rig.WaitForMessagesAsync(MailRig.DeliveredTo(verp), 1, RealMtaRig.BounceTimeout, cancellationToken);

        var deleted = await rig.DeleteMessagesAsync(MailRig.DeliveredTo(verp), cancellationToken);

        Assert.Equal(1, deleted);
        Assert.DoesNotContain(await rig.ListMessagesAsync(cancellationToken), MailRig.DeliveredTo(verp).Invoke);
        Assert.Equal(0, await rig.DeleteMessagesAsync(MailRig.DeliveredTo(verp), cancellationToken));
    });

    [Fact]
    public async Task ConnectImap_WrongPassword_Refused()
    {
        var rig = await RealMtaRig.GetAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"The rig started in {rig.StartDuration.TotalSeconds:0.0} s.");
        using var client = new MailKit.Net.Imap.ImapClient();
        await client.ConnectAsync(rig.Host, rig.ImapPort, MailKit.Security.SecureSocketOptions.None, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<MailKit.Security.AuthenticationException>(
            () => client.AuthenticateAsync(rig.ImapUser, rig.ImapPassword + "x", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SendToMx_UnknownRecipient_RefusedAtRcptWith550()
    {
        var rig = await RealMtaRig.GetAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        var token = RealMtaRig.NewToken("sync");
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("news@seoul.example"));
        message.To.Add(MailboxAddress.Parse(MailRigAddresses.Unknown(token)));
        message.Subject = "Refused at RCPT";
        message.Body = new TextPart("plain") { Text = "No DSN: the MX refuses while the sender is still connected." };
        using var client = new MailKit.Net.Smtp.SmtpClient();
        await client.ConnectAsync(rig.Host, rig.MxPort, MailKit.Security.SecureSocketOptions.None, cancellationToken);

        var refusal = await Assert.ThrowsAsync<MailKit.Net.Smtp.SmtpCommandException>(() => client.SendAsync(message, cancellationToken));

        Assert.Equal(MailKit.Net.Smtp.SmtpErrorCode.RecipientNotAccepted, refusal.ErrorCode);
        Assert.Equal(550, (int)refusal.StatusCode);
        Assert.Contains("5.1.1", refusal.Message, StringComparison.Ordinal);
    }
}
