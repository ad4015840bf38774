using System.Text;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpConnectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_AcceptedMessage_ArrivesByteForByteWithEnvelope()
    {
        await using var server = FaultySmtpServer.Start();
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var result = connection.Send(TestMessages.Create("m1@campaign.test", bodyBytes: 4096), TestMessages.Sender(), TestMessages.Recipient("a@example.test"), Ct);

        Assert.Equal(SendOutcomeKind.Accepted, result.Kind);
        Assert.Equal(250, result.StatusCode);
        var received = Assert.Single(server.Messages);
        Assert.Equal("m1@campaign.test", received.MessageId);
        Assert.Equal("sender@example.test", received.MailFrom);
        Assert.Equal(["a@example.test"], received.Recipients);
        Assert.False(received.ViaBdat);
        Assert.Equal(TestMessages.Body(4096), BodyOf(received));
    }

    [Fact]
    public async Task Send_ServerOffersChunking_UsesBdatAndArrivesByteForByte()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Chunking = true, MaxSize = 10_000_000 });
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var result = connection.Send(TestMessages.Create("bdat@campaign.test", bodyBytes: 20_480), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Equal(SendOutcomeKind.Accepted, result.Kind);
        var received = Assert.Single(server.Messages);
        Assert.True(received.ViaBdat);
        Assert.Equal(0, server.CommandCount("DATA"));
        Assert.Equal("bdat@campaign.test", received.MessageId);
        Assert.Equal(TestMessages.Body(20_480), BodyOf(received));
    }

    [Fact]
    public async Task Send_BurstOf451And452AtEndOfData_TemporaryThenAcceptedOnTheSameConnection()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.DataEnd, "451 4.3.0 Try again later", "452 4.3.1 Insufficient storage");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var first = connection.Send(TestMessages.Create("t1@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
        var second = connection.Send(TestMessages.Create("t1@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
        var usableAfterBurst = connection.IsUsable;
        var third = connection.Send(TestMessages.Create("t1@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Equal((SendOutcomeKind.TemporaryFailure, 451), (first.Kind, first.StatusCode));
        Assert.Equal((SendOutcomeKind.TemporaryFailure, 452), (second.Kind, second.StatusCode));
        Assert.True(first.IsThrottling && second.IsThrottling);
        Assert.True(usableAfterBurst);
        Assert.Equal(SendOutcomeKind.Accepted, third.Kind);
        Assert.Single(server.Messages);
        Assert.Equal(1, server.ConnectionCount);
    }

    [Theory]
    [InlineData(SmtpStage.Mail, "452 4.5.3 Too many sessions", 452)]
    [InlineData(SmtpStage.Rcpt, "450 4.2.1 Mailbox busy", 450)]
    [InlineData(SmtpStage.Data, "451 4.3.0 Local error", 451)]
    public async Task Send_TemporaryReplyAtStage_TemporaryFailureAndConnectionKept(SmtpStage stage, string reply, int code)
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(stage, reply);
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var refused = connection.Send(TestMessages.Create("s@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
        var retried = connection.Send(TestMessages.Create("s@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Equal((SendOutcomeKind.TemporaryFailure, code), (refused.Kind, refused.StatusCode));
        Assert.Equal(SendOutcomeKind.Accepted, retried.Kind);
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Send_421_TemporaryFailureAndConnectionClosedThenANewConnectionDelivers()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.Mail, "421 4.7.0 Too many connections, closing");
        var factory = SmtpTestFactory.For(server);
        var connection = factory.Open(Ct);

        var refused = connection.Send(TestMessages.Create("r@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
        var usable = connection.IsUsable;
        var again = connection.Send(TestMessages.Create("r@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
        connection.Dispose();
        using var fresh = factory.Open(Ct);
        var delivered = fresh.Send(TestMessages.Create("r@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Equal((SendOutcomeKind.TemporaryFailure, 421), (refused.Kind, refused.StatusCode));
        Assert.False(usable);
        Assert.Equal(SendOutcomeKind.ConnectionFailure, again.Kind);
        Assert.Equal(SendOutcomeKind.Accepted, delivered.Kind);
        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal(1, server.ConnectionsClosedBy421);
    }

    [Fact]
    public async Task Send_550ForOneRecipient_PermanentForItWhileOthersOnTheSameConnectionSucceed()
    {
        await using var server = FaultySmtpServer.Start();
        server.RejectRecipient("gone@example.test");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var results = new[] { "a@example.test", "gone@example.test", "c@example.test" }
            .Select(to => connection.Send(TestMessages.Create($"{to}.id"), TestMessages.Sender(), TestMessages.Recipient(to), Ct))
            .ToArray();

        Assert.Equal([SendOutcomeKind.Accepted, SendOutcomeKind.PermanentFailure, SendOutcomeKind.Accepted], results.Select(r => r.Kind));
        Assert.Equal(550, results[1].StatusCode);
        Assert.Contains("gone@example.test", results[1].Reply, StringComparison.Ordinal);
        Assert.True(connection.IsUsable);
        Assert.Equal(["a@example.test", "c@example.test"], server.Messages.SelectMany(m => m.Recipients));
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Send_554AtEndOfData_PermanentFailure()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.DataEnd, "554 5.7.1 Message rejected as spam");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var result = connection.Send(TestMessages.Create("p@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Equal((SendOutcomeKind.PermanentFailure, 554), (result.Kind, result.StatusCode));
        Assert.True(connection.IsUsable);
    }

    [Fact]
    public async Task Send_ConnectionDroppedInTheMiddleOfData_ConnectionFailureUnusableThenANewConnectionWorks()
    {
        await using var server = FaultySmtpServer.Start();
        server.DropConnectionDuringData(afterBytes: 1024);
        var factory = SmtpTestFactory.For(server);
        var connection = factory.Open(Ct);

        var dropped = connection.Send(TestMessages.Create("d@c.test", bodyBytes: 20_480), TestMessages.Sender(), TestMessages.Recipient(), Ct);
        var usable = connection.IsUsable;
        connection.Dispose();
        using var fresh = factory.Open(Ct);
        var delivered = fresh.Send(TestMessages.Create("d@c.test", bodyBytes: 20_480), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Equal((SendOutcomeKind.ConnectionFailure, 0), (dropped.Kind, dropped.StatusCode));
        Assert.False(usable);
        Assert.Equal(1, server.DroppedConnections);
        Assert.Equal(SendOutcomeKind.Accepted, delivered.Kind);
        Assert.Equal("d@c.test", Assert.Single(server.Messages).MessageId);
    }

    [Fact]
    public async Task Send_TarpitLongerThanCommandTimeout_ConnectionFailureWithinBoundedTime()
    {
        await using var server = FaultySmtpServer.Start();
        server.Tarpit(SmtpStage.DataEnd, Timeout.InfiniteTimeSpan);
        using var connection = SmtpTestFactory.For(server, o => o.CommandTimeout = TimeSpan.FromMilliseconds(300)).Open(Ct);
        var started = TimeProvider.System.GetTimestamp();

        var result = connection.Send(TestMessages.Create("slow@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        Assert.Equal(SendOutcomeKind.ConnectionFailure, result.Kind);
        Assert.False(connection.IsUsable);
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Send_MessagesPerConnectionLimit_UnusableAtTheLimitAndTheServerCountsNewConnections()
    {
        await using var server = FaultySmtpServer.Start();
        var factory = SmtpTestFactory.For(server, o => o.MessagesPerConnection = 3);
        IMailConnection? connection = null;
        var usableAfter = new List<bool>();

        for (var i = 0; i < 7; i++)
        {
            if (connection is not { IsUsable: true })
            {
                connection?.Dispose();
                connection = factory.Open(Ct);
            }

            Assert.Equal(SendOutcomeKind.Accepted, connection.Send(TestMessages.Create($"{i}@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct).Kind);
            usableAfter.Add(connection.IsUsable);
        }

        connection!.Dispose();
        await server.WaitUntilAsync(s => s.CommandCount("QUIT") == 3);

        Assert.Equal([true, true, false, true, true, false, true], usableAfter);
        Assert.Equal(3, server.ConnectionCount);
        Assert.Equal([1L, 1, 1, 2, 2, 2, 3], server.Messages.Select(m => m.ConnectionId));
    }

    [Fact]
    public async Task Open_Socket_HasNoDelayAndStaysBlocking()
    {
        await using var server = FaultySmtpServer.Start();
        using var connection = SmtpTestFactory.For(server).OpenSmtp(Ct);

        Assert.True(connection.Socket.NoDelay);
        Assert.True(connection.Socket.Blocking);
        Assert.Equal(SendOutcomeKind.Accepted, connection.Send(TestMessages.Create("n@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct).Kind);
        Assert.True(connection.Socket.NoDelay);
    }

    [Fact]
    public async Task Send_CancelledByTheCaller_ThrowsAndTheConnectionIsUnusable()
    {
        await using var server = FaultySmtpServer.Start();
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        Assert.ThrowsAny<OperationCanceledException>(() => connection.Send(TestMessages.Create("x@c.test"), TestMessages.Sender(), TestMessages.Recipient(), new CancellationToken(true)));
        Assert.False(connection.IsUsable);
    }

    private static byte[] BodyOf(ReceivedMessage message)
    {
        var text = message.Data;
        var separator = Encoding.ASCII.GetBytes("\r\n\r\n");
        var at = text.AsSpan().IndexOf(separator);
        return text[(at + separator.Length)..];
    }
}
