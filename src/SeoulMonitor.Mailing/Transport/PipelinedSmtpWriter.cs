using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// Gathers SMTP commands and content into one reused buffer and hands them to the socket in one <c>send</c>
/// (<see cref="Flush"/>): a pipelined command group (RFC 2920), the dot-stuffed content with its terminating dot, or
/// <c>BDAT n LAST</c> with the raw content (RFC 3030). Addresses must already be checked
/// (<see cref="PipelinedSmtpSender.CanSend"/>): plain ASCII without CR, LF or angle brackets. The buffer grows to the
/// largest message seen on the connection and is kept.
/// </summary>
internal sealed class PipelinedSmtpWriter
{
    private readonly Socket _socket;
    private byte[] _buffer = new byte[8192];
    private int _length;

    public PipelinedSmtpWriter(Socket socket) => _socket = socket;

    /// <summary>Send calls made so far (observable for tests).</summary>
    public long Sends { get; private set; }

    /// <summary>Appends <c>MAIL FROM:&lt;sender&gt;[ SIZE=n]</c> and <c>RCPT TO:&lt;recipient&gt;</c>; <paramref name="size"/> below 0 omits SIZE.</summary>
    public void WriteEnvelope(string sender, string recipient, long size)
    {
        Append("MAIL FROM:<"u8);
        Append(sender);
        Append(">"u8);
        if (size >= 0)
        {
            Append(" SIZE="u8);
            AppendNumber(size);
        }

        Append("\r\nRCPT TO:<"u8);
        Append(recipient);
        Append(">\r\n"u8);
    }

    /// <summary>Appends a whole command line, CRLF included (<c>DATA\r\n</c>, <c>RSET\r\n</c>, <c>.\r\n</c>).</summary>
    public void WriteLine(ReadOnlySpan<byte> line) => Append(line);

    /// <summary>Appends <c>BDAT n LAST</c> and the content as it is (no dot-stuffing).</summary>
    public void WriteBdatLast(ReadOnlySpan<byte> content)
    {
        Append("BDAT "u8);
        AppendNumber(content.Length);
        Append(" LAST\r\n"u8);
        Append(content);
    }

    /// <summary>Appends the content dot-stuffed and terminated by <c>.\r\n</c> (the end of DATA).</summary>
    public void WriteDotStuffed(ReadOnlySpan<byte> content)
    {
        Reserve(DotStuffing.MaxTerminatedLength(content.Length));
        _length += DotStuffing.WriteTerminated(content, _buffer.AsSpan(_length));
    }

    /// <summary>Sends everything appended since the last flush (one <c>send</c> on a blocking socket) and empties the buffer.</summary>
    public void Flush()
    {
        var sent = 0;
        try
        {
            while (sent < _length)
            {
                Sends++;
                sent += _socket.Send(_buffer, sent, _length - sent, SocketFlags.None);
            }
        }
        finally
        {
            _length = 0;
        }
    }

    /// <summary>Forgets what was appended but not sent.</summary>
    public void Clear() => _length = 0;

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Append(string ascii)
    {
        Reserve(ascii.Length);
        _length += Encoding.ASCII.GetBytes(ascii, _buffer.AsSpan(_length));
    }

    private void AppendNumber(long value)
    {
        Reserve(20);
        value.TryFormat(_buffer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
    }

    private void Reserve(int bytes)
    {
        if (_buffer.Length - _length < bytes)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }
}
