using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpReplyReaderTests : IDisposable
{
    private readonly Socket _server;
    private readonly Socket _client;

    public SmtpReplyReaderTests()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        _client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 5000 };
        _client.Connect(listener.LocalEndPoint!);
        _server = listener.Accept();
    }

    [Fact]
    public void Read_SingleLineReplies_CodesAndTextWithoutTheCode()
    {
        var reader = Reply("250 2.1.0 Ok\r\n354 End data\r\n");

        Assert.Equal(250, reader.Read());
        Assert.Equal("2.1.0 Ok", reader.ReplyText());
        Assert.Equal(354, reader.Read());
        Assert.Equal("354 End data", reader.DescribeReply(354));
        Assert.False(reader.HasBufferedData);
    }

    [Fact]
    public void Read_MultiLineReply_OneReplyWithTheLinesJoinedByNewLine()
    {
        var reader = Reply("550-5.1.1 first\r\n550-5.1.1 second\r\n550 5.1.1 last\r\n250 Ok\r\n");

        Assert.Equal(550, reader.Read());
        Assert.Equal("5.1.1 first\n5.1.1 second\n5.1.1 last", reader.ReplyText());
        Assert.Equal(250, reader.Read());
    }

    [Fact]
    public async Task Read_BareCodeAndReplySplitAcrossPackets_Parsed()
    {
        var reader = new SmtpReplyReader(_client);
        _server.Send("25"u8);
        var reading = Task.Run(reader.Read, TestContext.Current.CancellationToken);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        _server.Send("0\r\n"u8);

        Assert.Equal(250, await reading);
        Assert.Equal("", reader.ReplyText());
    }

    [Fact]
    public void Read_LongMultiLineReply_BufferGrows()
    {
        var lines = string.Concat(Enumerable.Range(0, 200).Select(i => $"250-line {i} {new string('x', 60)}\r\n"));
        var reader = Reply(lines + "250 end\r\n");

        Assert.Equal(250, reader.Read());
        Assert.Equal(201, reader.ReplyText().Split('\n').Length);
    }

    [Theory]
    [InlineData("hello\r\n")]
    [InlineData("25\r\n")]
    [InlineData("2x0 Ok\r\n")]
    [InlineData("250_Ok\r\n")]
    [InlineData("650 Ok\r\n")]
    [InlineData("250-first\r\n251 second\r\n")]
    public void Read_MalformedReply_ThrowsProtocolException(string reply)
    {
        var reader = Reply(reply);

        Assert.Throws<SmtpProtocolException>(() => reader.Read());
    }

    [Fact]
    public void Read_ServerClosesTheConnection_ThrowsIOException()
    {
        var reader = Reply("250-partial\r\n");
        _server.Shutdown(SocketShutdown.Send);

        Assert.Throws<IOException>(() => reader.Read());
    }

    public void Dispose()
    {
        _client.Dispose();
        _server.Dispose();
    }

    private SmtpReplyReader Reply(string text)
    {
        _server.Send(Encoding.ASCII.GetBytes(text));
        return new SmtpReplyReader(_client);
    }
}
