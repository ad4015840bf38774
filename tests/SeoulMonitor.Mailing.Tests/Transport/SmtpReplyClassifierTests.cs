using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpReplyClassifierTests
{
    [Theory]
    [InlineData(250, SendOutcomeKind.Accepted)]
    [InlineData(251, SendOutcomeKind.Accepted)]
    [InlineData(421, SendOutcomeKind.TemporaryFailure)]
    [InlineData(450, SendOutcomeKind.TemporaryFailure)]
    [InlineData(451, SendOutcomeKind.TemporaryFailure)]
    [InlineData(452, SendOutcomeKind.TemporaryFailure)]
    [InlineData(454, SendOutcomeKind.TemporaryFailure)]
    [InlineData(500, SendOutcomeKind.PermanentFailure)]
    [InlineData(550, SendOutcomeKind.PermanentFailure)]
    [InlineData(552, SendOutcomeKind.PermanentFailure)]
    [InlineData(553, SendOutcomeKind.PermanentFailure)]
    [InlineData(554, SendOutcomeKind.PermanentFailure)]
    [InlineData(354, SendOutcomeKind.ConnectionFailure)]
    [InlineData(220, SendOutcomeKind.Accepted)]
    [InlineData(0, SendOutcomeKind.ConnectionFailure)]
    [InlineData(600, SendOutcomeKind.ConnectionFailure)]
    public void FromStatus_Code_HasItsClass(int code, SendOutcomeKind expected)
    {
        var result = SmtpReplyClassifier.FromStatus(code, "text");

        Assert.Equal((expected, code, "text"), (result.Kind, result.StatusCode, result.Reply));
    }

    [Theory]
    [InlineData(421, true, true)]
    [InlineData(450, true, false)]
    [InlineData(451, true, false)]
    [InlineData(452, true, false)]
    [InlineData(454, false, false)]
    [InlineData(550, false, false)]
    [InlineData(250, false, false)]
    public void FromStatus_Code_ThrottlingAndClosing(int code, bool throttling, bool closes)
    {
        var result = SmtpReplyClassifier.FromStatus(code, null);

        Assert.Equal(throttling, result.IsThrottling);
        Assert.Equal(closes, SmtpReplyClassifier.ClosesConnection(result));
    }

    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, SendOutcomeKind.PermanentFailure, "RCPT TO:<r@example.test> refused: 550")]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, SendOutcomeKind.TemporaryFailure, "RCPT TO:<r@example.test> refused: 450")]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxNameNotAllowed, SendOutcomeKind.PermanentFailure, "MAIL FROM:<r@example.test> refused: 553")]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.InsufficientStorage, SendOutcomeKind.TemporaryFailure, "MAIL FROM:<r@example.test> refused: 452")]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, SendOutcomeKind.PermanentFailure, "DATA refused: 554")]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ErrorInProcessing, SendOutcomeKind.TemporaryFailure, "DATA refused: 451")]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable, SendOutcomeKind.TemporaryFailure, "421")]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.CommandNotImplemented, SendOutcomeKind.PermanentFailure, "502")]
    public void FromException_SmtpCommandException_ClassifiedByStatusWithTheCommandInTheReply(SmtpErrorCode error, SmtpStatusCode status, SendOutcomeKind expected, string replyStart)
    {
        var exception = new SmtpCommandException(error, status, MailboxAddress.Parse("r@example.test"), "server text");

        var result = SmtpReplyClassifier.FromException(exception);

        Assert.NotNull(result);
        Assert.Equal((expected, (int)status), (result.Value.Kind, result.Value.StatusCode));
        Assert.StartsWith(replyStart, result.Value.Reply, StringComparison.Ordinal);
        Assert.Contains("server text", result.Value.Reply, StringComparison.Ordinal);
    }

    public static TheoryData<Exception> ConnectionExceptions => new()
    {
        new SmtpProtocolException("The SMTP server has unexpectedly disconnected."),
        new IOException("reset"),
        new SocketException((int)SocketError.ConnectionReset),
        new TimeoutException(),
        new OperationCanceledException(),
        new ServiceNotConnectedException(),
        new SslHandshakeException("handshake"),
        new System.Security.Authentication.AuthenticationException("tls"),
        new ObjectDisposedException("stream"),
    };

    [Theory]
    [MemberData(nameof(ConnectionExceptions))]
    public void FromException_BrokenConnection_ConnectionFailureThatClosesTheConnection(Exception exception)
    {
        var result = SmtpReplyClassifier.FromException(exception);

        Assert.NotNull(result);
        Assert.Equal((SendOutcomeKind.ConnectionFailure, 0), (result.Value.Kind, result.Value.StatusCode));
        Assert.Contains(exception.GetType().Name, result.Value.Reply, StringComparison.Ordinal);
        Assert.True(SmtpReplyClassifier.ClosesConnection(result.Value));
    }

    [Fact]
    public void FromException_ServiceNotAuthenticated_Temporary530KeepsTheConnection()
    {
        var result = SmtpReplyClassifier.FromException(new ServiceNotAuthenticatedException("Authentication required"));

        Assert.NotNull(result);
        Assert.Equal((SendOutcomeKind.TemporaryFailure, 530), (result.Value.Kind, result.Value.StatusCode));
        Assert.False(SmtpReplyClassifier.ClosesConnection(result.Value));
    }

    [Theory]
    [InlineData(typeof(ArgumentException))]
    [InlineData(typeof(InvalidOperationException))]
    [InlineData(typeof(NullReferenceException))]
    [InlineData(typeof(FormatException))]
    public void FromException_ProgrammerError_NotClassified(Type type)
    {
        var exception = (Exception)Activator.CreateInstance(type)!;

        Assert.Null(SmtpReplyClassifier.FromException(exception));
    }
}
