using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpConnectionReplyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_MultiLineFinalReply_AcceptedWithAllLinesAndEnhancedCodes()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.DataEnd, "250-2.0.0 Accepted\r\n250 2.0.0 Ok: queued as ABC");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var result = Send(connection);

        Assert.Equal((SendOutcomeKind.Accepted, 250), (result.Kind, result.StatusCode));
        Assert.Equal("2.0.0 Accepted\n2.0.0 Ok: queued as ABC", result.Reply);
    }

    [Fact]
    public async Task Send_MultiLineRcptRefusal_PermanentWithTheWholeText()
    {
        await using var server = FaultySmtpServer.Start();
        server.RejectRecipient("user@example.test", "550-5.1.1 No such user\r\n550 5.1.1 See https://example.test/help");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var result = Send(connection);

        Assert.Equal((SendOutcomeKind.PermanentFailure, 550), (result.Kind, result.StatusCode));
        Assert.Equal("RCPT TO:<user@example.test> refused: 550 5.1.1 No such user 5.1.1 See https://example.test/help", result.Reply);
        Assert.True(connection.IsUsable);
    }

    [Theory]
    [InlineData(SmtpStage.DataEnd, "OK then")]
    [InlineData(SmtpStage.DataEnd, "250-2.0.0 first\r\n251 2.0.0 second")]
    [InlineData(SmtpStage.Mail, "2x0 Ok")]
    [InlineData(SmtpStage.Data, "250 2.0.0 Ok")]
    public async Task Send_MalformedOrOutOfStepReply_ConnectionFailureAndNeverReused(SmtpStage stage, string reply)
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(stage, reply);
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var result = Send(connection);

        Assert.Equal(SendOutcomeKind.ConnectionFailure, result.Kind);
        Assert.False(connection.IsUsable);
        Assert.Equal(SendOutcomeKind.ConnectionFailure, Send(connection).Kind);
    }

    [Fact]
    public async Task Send_421ToRcpt_TemporaryAndTheConnectionClosed()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.Rcpt, "421 4.3.2 Shutting down");
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var result = Send(connection);

        Assert.Equal((SendOutcomeKind.TemporaryFailure, 421), (result.Kind, result.StatusCode));
        Assert.False(connection.IsUsable);
    }

    [Fact]
    public async Task Send_TarpitOnMailLongerThanCommandTimeout_ConnectionFailure()
    {
        await using var server = FaultySmtpServer.Start();
        server.Tarpit(SmtpStage.Mail, Timeout.InfiniteTimeSpan);
        using var connection = SmtpTestFactory.For(server, o => o.CommandTimeout = TimeSpan.FromMilliseconds(300)).Open(Ct);

        var result = Send(connection);

        Assert.Equal(SendOutcomeKind.ConnectionFailure, result.Kind);
        Assert.False(connection.IsUsable);
    }

    [Fact]
    public async Task Send_CancelledWhileWaitingForTheEnvelopeReplies_ThrowsPromptlyAndClosesTheConnection()
    {
        await using var server = FaultySmtpServer.Start();
        server.Tarpit(SmtpStage.Mail, Timeout.InfiniteTimeSpan);
        using var connection = SmtpTestFactory.For(server, o => o.CommandTimeout = TimeSpan.FromMinutes(5)).OpenSmtp(Ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var sending = Task.Run(() => connection.Send(TestMessages.Create("c@c.test"), TestMessages.Sender(), TestMessages.Recipient(), cancel.Token), Ct);
        await server.WaitUntilAsync(s => s.HoldingInTarpit == 1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.NotNull(connection.FastPath);
        Assert.False(connection.IsUsable);
    }

    private static SendResult Send(IMailConnection connection)
        => connection.Send(TestMessages.Create("x@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
}
