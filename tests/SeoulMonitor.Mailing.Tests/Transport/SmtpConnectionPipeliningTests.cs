using System.Text;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpConnectionPipeliningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_ServerOffersPipelining_EnvelopeAndDataInOneSendTwoRoundTripsPerMessage()
    {
        await using var server = FaultySmtpServer.Start();
        using var connection = SmtpTestFactory.For(server).OpenSmtp(Ct);

        var results = Enumerable.Range(0, 3).Select(i => connection.Send(Message($"p{i}@c.test"), Ct)).ToArray();

        Assert.All(results, r => Assert.Equal((SendOutcomeKind.Accepted, 250), (r.Kind, r.StatusCode)));
        Assert.Equal("2.0.0 Ok: queued", results[0].Reply);
        Assert.NotNull(connection.FastPath);
        Assert.False(connection.FastPath.UsesBdat);
        Assert.Equal(3, server.PipelinedGroups);
        Assert.Equal((6L, 6L), connection.FastPath.Syscalls);
        Assert.Equal(3, server.MessageCount);
    }

    [Fact]
    public async Task Send_ServerWithoutPipelining_FallsBackToMailKitAndArrivesByteForByte()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Pipelining = false });
        using var connection = SmtpTestFactory.For(server).OpenSmtp(Ct);
        var message = Message("nopipe@c.test");
        var content = message.Content.ToArray();

        var result = connection.Send(message, Ct);

        Assert.Null(connection.FastPath);
        Assert.Equal(SendOutcomeKind.Accepted, result.Kind);
        Assert.Equal(0, server.PipelinedGroups);
        Assert.Equal(content, Assert.Single(server.Messages).Data);
    }

    [Fact]
    public async Task Send_AddressThatNeedsQuoting_GoesThroughMailKit()
    {
        await using var server = FaultySmtpServer.Start();
        using var connection = SmtpTestFactory.For(server).OpenSmtp(Ct);

        var result = connection.Send(Message("q@c.test", recipient: "jöns@example.test"), Ct);

        Assert.NotNull(connection.FastPath);
        Assert.Equal(SendOutcomeKind.Accepted, result.Kind);
        Assert.Equal(0, server.PipelinedGroups);
    }

    [Fact]
    public async Task Send_MailFromRefused_PermanentNoContentRsetAndTheNextMessageSucceeds()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.Mail, "550 5.7.1 Sender blocked");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var refused = connection.Send(Message("m1@c.test"), Ct);
        var next = connection.Send(Message("m2@c.test"), Ct);

        Assert.Equal((SendOutcomeKind.PermanentFailure, 550), (refused.Kind, refused.StatusCode));
        Assert.Equal("MAIL FROM:<sender@example.test> refused: 550 5.7.1 Sender blocked", refused.Reply);
        Assert.Equal(1, server.CommandCount("RSET"));
        Assert.Equal(SendOutcomeKind.Accepted, next.Kind);
        Assert.Equal("m2@c.test", Assert.Single(server.Messages).MessageId);
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Send_RcptRefused_RsetAndTheNextMessageOnTheSameConnectionSucceeds()
    {
        await using var server = FaultySmtpServer.Start();
        server.RejectRecipient("gone@example.test");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var refused = connection.Send(Message("r1@c.test", recipient: "gone@example.test"), Ct);
        var usable = connection.IsUsable;
        var next = connection.Send(Message("r2@c.test"), Ct);

        Assert.Equal((SendOutcomeKind.PermanentFailure, 550), (refused.Kind, refused.StatusCode));
        Assert.StartsWith("RCPT TO:<gone@example.test> refused: 550 5.1.1", refused.Reply, StringComparison.Ordinal);
        Assert.True(usable);
        Assert.Equal(1, server.CommandCount("RSET"));
        Assert.Equal(SendOutcomeKind.Accepted, next.Kind);
        Assert.Equal(["user@example.test"], Assert.Single(server.Messages).Recipients);
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Send_354AfterARefusedRcpt_SendsOnlyTheDotThenRset()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { StartDataWithoutRecipients = true });
        server.RejectRecipient("gone@example.test");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var refused = connection.Send(Message("d1@c.test", recipient: "gone@example.test"), Ct);
        var next = connection.Send(Message("d2@c.test"), Ct);

        Assert.Equal((SendOutcomeKind.PermanentFailure, 550), (refused.Kind, refused.StatusCode));
        Assert.Equal((1, 0L), (server.DataWithoutRecipients, server.ContentWithoutRecipientsBytes));
        Assert.Equal(1, server.CommandCount("RSET"));
        Assert.Equal(SendOutcomeKind.Accepted, next.Kind);
        Assert.Single(server.Messages);
    }

    [Fact]
    public async Task Send_TemporaryRcptRefusalOfTheWholeGroup_TemporaryAndKept()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.Rcpt, "452 4.5.3 Too many recipients");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var refused = connection.Send(Message("t@c.test"), Ct);

        Assert.Equal((SendOutcomeKind.TemporaryFailure, 452), (refused.Kind, refused.StatusCode));
        Assert.True(refused.IsThrottling);
        Assert.True(connection.IsUsable);
    }

    [Theory]
    [InlineData(".leading dot\r\nbody\r\n")]
    [InlineData("Subject: x\r\n\r\n.\r\nline\r\n..\r\n...three\r\n.")]
    [InlineData("Subject: x\r\n\r\nends without a line break")]
    [InlineData("Subject: x\r\n\r\n.\r\n")]
    public async Task Send_LinesStartingWithDots_ArriveByteForByte(string text)
    {
        await using var server = FaultySmtpServer.Start();
        using var connection = SmtpTestFactory.For(server).Open(Ct);
        var content = Encoding.ASCII.GetBytes(text);

        var result = connection.Send(new OutgoingMessage("sender@example.test", "user@example.test", "dots", content), Ct);

        Assert.Equal(SendOutcomeKind.Accepted, result.Kind);
        var expected = text.EndsWith("\r\n", StringComparison.Ordinal) ? text : text + "\r\n";
        Assert.Equal(expected, Assert.Single(server.Messages).Text);
    }

    [Fact]
    public async Task Send_ServerOffersChunking_BdatWithTheContentInOneSendOneRoundTrip()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Chunking = true, MaxSize = 10_000_000 });
        using var connection = SmtpTestFactory.For(server).OpenSmtp(Ct);
        var content = Encoding.ASCII.GetBytes(".first\r\n..second\r\n.\r\n" + new string('x', 20_000) + "\r\n");

        var results = Enumerable.Range(0, 2)
            .Select(i => connection.Send(new OutgoingMessage("sender@example.test", "user@example.test", $"b{i}", content), Ct))
            .ToArray();

        Assert.All(results, r => Assert.Equal(SendOutcomeKind.Accepted, r.Kind));
        Assert.True(connection.FastPath!.UsesBdat);
        Assert.Equal((2L, 2L), connection.FastPath.Syscalls);
        Assert.Equal(2, server.PipelinedGroups);
        Assert.Equal(0, server.CommandCount("DATA"));
        Assert.All(server.Messages, m => Assert.True(m.ViaBdat));
        Assert.All(server.Messages, m => Assert.Equal(content, m.Data));
    }

    [Fact]
    public async Task Send_BdatWithRcptRefused_RsetAndTheNextMessageSucceeds()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Chunking = true });
        server.RejectRecipient("gone@example.test");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var refused = connection.Send(Message("b1@c.test", recipient: "gone@example.test"), Ct);
        var next = connection.Send(Message("b2@c.test"), Ct);

        Assert.Equal((SendOutcomeKind.PermanentFailure, 550), (refused.Kind, refused.StatusCode));
        Assert.Equal(1, server.CommandCount("RSET"));
        Assert.Equal(SendOutcomeKind.Accepted, next.Kind);
        Assert.True(Assert.Single(server.Messages).ViaBdat);
    }

    private static OutgoingMessage Message(string messageId, string recipient = "user@example.test")
        => MailConnectionExtensions.ToOutgoing(TestMessages.Create(messageId, recipient), TestMessages.Sender(), new MimeKit.MailboxAddress("", recipient));
}
