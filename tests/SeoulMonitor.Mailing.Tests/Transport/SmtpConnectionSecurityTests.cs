using System.Security.Authentication;
using MailKit.Security;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpConnectionSecurityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_StartTlsWithSelfSignedCertificateAccepted_SendsOverTls()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Certificate = TestCertificates.SelfSigned() });
        using var connection = SmtpTestFactory.For(server, o => (o.Security, o.AcceptAnyCertificate) = (SmtpSecurity.StartTls, true)).OpenSmtp(Ct);

        var result = connection.Send(TestMessages.Create("tls@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.True(connection.Client.IsSecure);
        Assert.Null(connection.FastPath);
        Assert.Equal(SendOutcomeKind.Accepted, result.Kind);
        Assert.Equal(1, server.StartTlsCount);
        Assert.Equal("tls@c.test", Assert.Single(server.Messages).MessageId);
    }

    [Fact]
    public async Task Open_StartTlsWithSelfSignedCertificateNotAccepted_ThrowsAndCountsNoConnectionAsUsable()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Certificate = TestCertificates.SelfSigned() });
        var factory = SmtpTestFactory.For(server, o => o.Security = SmtpSecurity.StartTls);

        Assert.Throws<SslHandshakeException>(() => factory.Open(Ct));
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Open_StartTlsRequiredButNotOffered_Throws()
    {
        await using var server = FaultySmtpServer.Start();
        var factory = SmtpTestFactory.For(server, o => o.Security = SmtpSecurity.StartTls);

        Assert.Throws<NotSupportedException>(() => factory.Open(Ct));
    }

    [Fact]
    public async Task Open_StartTlsWhenAvailableAndNotOffered_SendsInPlainText()
    {
        await using var server = FaultySmtpServer.Start();
        using var connection = SmtpTestFactory.For(server, o => o.Security = SmtpSecurity.StartTlsWhenAvailable).OpenSmtp(Ct);

        Assert.False(connection.Client.IsSecure);
        Assert.Equal(SendOutcomeKind.Accepted, connection.Send(TestMessages.Create("p@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct).Kind);
    }

    [Fact]
    public async Task Open_CredentialsSet_AuthenticatesWithPlainBeforeSending()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Credentials = ("mailer", "s3cret"), RequireAuthentication = true });
        using var connection = SmtpTestFactory.For(server, o => (o.UserName, o.Password) = ("mailer", "s3cret")).OpenSmtp(Ct);

        var result = connection.Send(TestMessages.Create("auth@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.True(connection.Client.IsAuthenticated);
        Assert.Equal(["PLAIN mailer"], server.Authentications);
        Assert.Equal(SendOutcomeKind.Accepted, result.Kind);
    }

    [Fact]
    public async Task Open_WrongPassword_ThrowsAuthenticationException()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Credentials = ("mailer", "s3cret"), RequireAuthentication = true });
        var factory = SmtpTestFactory.For(server, o => (o.UserName, o.Password) = ("mailer", "wrong"));

        Assert.Throws<MailKit.Security.AuthenticationException>(() => factory.Open(Ct));
        Assert.Empty(server.Authentications);
    }

    [Fact]
    public async Task Send_NoCredentialsWhereTheServerRequiresThem_TemporaryFailure530SoNoRecipientIsSuppressed()
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions { Credentials = ("mailer", "s3cret"), RequireAuthentication = true });
        using var connection = SmtpTestFactory.For(server).Open(Ct);

        var result = connection.Send(TestMessages.Create("na@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Equal((SendOutcomeKind.TemporaryFailure, 530), (result.Kind, result.StatusCode));
        Assert.True(connection.IsUsable);
    }

    [Fact]
    public async Task Open_NothingListening_ThrowsSocketException()
    {
        int port;
        await using (var server = FaultySmtpServer.Start())
        {
            port = server.Port;
        }

        var factory = new SmtpConnectionFactory(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None });

        Assert.Throws<System.Net.Sockets.SocketException>(() => factory.Open(Ct));
    }

    [Fact]
    public async Task Open_GreetingIs421_ThrowsSoTheWorkerRetriesLater()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.Greeting, "421 4.3.2 Service shutting down");
        var factory = SmtpTestFactory.For(server);

        var exception = Assert.ThrowsAny<Exception>(() => factory.Open(Ct));

        Assert.Equal(SendOutcomeKind.TemporaryFailure, SmtpReplyClassifier.FromException(exception)?.Kind);
    }
}
