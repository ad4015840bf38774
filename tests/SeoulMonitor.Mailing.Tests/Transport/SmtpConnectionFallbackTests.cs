using System.Text;
using MimeKit;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpConnectionFallbackTests
{
    /// <summary>No MIME-Version, a Bcc, a folded encoded header, headers in an unusual order, lines starting with dots.</summary>
    private const string Unusual =
        "From: A <a@x.test>\r\nContent-Type: text/plain; charset=utf-8\r\nBcc: hidden@z.test\r\n" +
        "Subject: =?utf-8?B?7JWI64WV?=\r\n =?utf-8?B?7ZWY7IS47JqU?=\r\nMessage-ID: <raw@x.test>\r\n\r\n" +
        ".leading\r\n..two\r\n.\r\nlast line\r\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Send_ThroughMailKit_ArrivesByteForByte(bool chunking, bool tls)
    {
        await using var server = FaultySmtpServer.Start(new FaultySmtpServerOptions
        {
            Pipelining = tls, Chunking = chunking, MaxSize = 10_000_000, Certificate = tls ? TestCertificates.SelfSigned() : null,
        });
        var security = tls ? SmtpSecurity.StartTls : SmtpSecurity.None;
        using var connection = SmtpTestFactory.For(server, o => (o.Security, o.AcceptAnyCertificate) = (security, true)).OpenSmtp(Ct);
        var content = Encoding.ASCII.GetBytes(Unusual);

        var result = connection.Send(new OutgoingMessage("sender@example.test", "user@example.test", "raw@x.test", content), Ct);

        Assert.Null(connection.FastPath);
        Assert.Equal(SendOutcomeKind.Accepted, result.Kind);
        var received = Assert.Single(server.Messages);
        Assert.Equal(chunking, received.ViaBdat);
        Assert.Equal(Unusual, received.Text);
    }

    [Fact]
    public void TryCreate_MessageBytes_WrittenBackByteForByteWithMailKitsOptions()
    {
        var content = Encoding.ASCII.GetBytes(Unusual);
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        options.International = true;
        options.HiddenHeaders.Add(HeaderId.Bcc);
        using var written = new MemoryStream();

        using var message = RawMimeMessage.TryCreate(content);
        message!.WriteTo(options, written, Ct);

        Assert.Equal(content, written.ToArray());
    }

    [Theory]
    [InlineData("no header block at all\r\n")]
    [InlineData("\r\n\r\nbody only")]
    [InlineData("Bad Field Name: x\r\n\r\nbody")]
    [InlineData("Content-Type: text/plain\r\n\r\nbody")]
    public void TryCreate_ContentWithoutAHeaderBlock_Null(string text)
        => Assert.Null(RawMimeMessage.TryCreate(Encoding.ASCII.GetBytes(text)));
}
