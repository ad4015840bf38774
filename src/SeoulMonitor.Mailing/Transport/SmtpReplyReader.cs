using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// Reads SMTP replies (RFC 5321 §4.2) straight from a blocking socket into one reused buffer: <c>250-…</c> continuation
/// lines up to the final <c>250 …</c> (or a bare <c>250</c>). Parsing the code allocates nothing; the text is only turned
/// into a string when asked (<see cref="ReplyText"/>). A line that is not <c>ddd</c>, <c>ddd-</c> or <c>ddd </c>, lines
/// of one reply with different codes, or a reply over 64 KiB throw <see cref="SmtpProtocolException"/>; the end of the
/// stream throws <see cref="IOException"/>; a receive timeout throws <see cref="SocketException"/>.
/// </summary>
internal sealed class SmtpReplyReader
{
    private const int MaxReplyBytes = 64 * 1024;

    private readonly Socket _socket;
    private byte[] _buffer = new byte[1024];
    private int _start;
    private int _end;
    private int _replyStart;
    private int _replyEnd;

    public SmtpReplyReader(Socket socket) => _socket = socket;

    /// <summary>Whether bytes after the last reply were received already (the server said more than it was asked).</summary>
    public bool HasBufferedData => _start < _end;

    /// <summary>Receive calls made so far (observable for tests: one per round trip).</summary>
    public long Receives { get; private set; }

    /// <summary>Reads the next complete reply and returns its code; its text stays available until the next call.</summary>
    public int Read()
    {
        _replyStart = _start;
        var position = _start;
        var code = -1;
        while (true)
        {
            var newLine = _buffer.AsSpan(position, _end - position).IndexOf((byte)'\n');
            if (newLine < 0)
            {
                position -= Fill();
                continue;
            }

            var line = _buffer.AsSpan(position, newLine);
            position += newLine + 1;
            var lineCode = ParseCode(line, out var last);
            if (code >= 0 && lineCode != code)
            {
                throw new SmtpProtocolException($"An SMTP reply mixed the codes {code} and {lineCode}.");
            }

            code = lineCode;
            if (last)
            {
                _start = _replyEnd = position;
                return code;
            }
        }
    }

    /// <summary>The text of the last reply without its codes, lines joined by <c>\n</c> (as MailKit reports it).</summary>
    public string ReplyText()
    {
        var reply = _buffer.AsSpan(_replyStart, _replyEnd - _replyStart);
        var first = reply.IndexOf((byte)'\n');
        if (first == reply.Length - 1)
        {
            // One line (the usual case): one string, nothing else allocated.
            return TextOf(reply[..first]);
        }

        var text = new StringBuilder(reply.Length);
        while (!reply.IsEmpty)
        {
            var newLine = reply.IndexOf((byte)'\n');
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(TextOf(reply[..newLine]));
            reply = reply[(newLine + 1)..];
        }

        return text.ToString();
    }

    /// <summary>The last reply as one line, code included (<c>550 5.1.1 User unknown</c>), for failure messages.</summary>
    public string DescribeReply(int code) => $"{code} {ReplyText().Replace('\n', ' ')}";

    private static string TextOf(ReadOnlySpan<byte> line)
    {
        line = line.TrimEnd((byte)'\r');
        return line.Length > 4 ? Encoding.ASCII.GetString(line[4..]) : "";
    }

    private static int ParseCode(ReadOnlySpan<byte> line, out bool last)
    {
        line = line.TrimEnd((byte)'\r');
        if (line.Length < 3 || !IsDigit(line[0], '1', '5') || !IsDigit(line[1], '0', '9') || !IsDigit(line[2], '0', '9')
            || (line.Length > 3 && line[3] is not ((byte)' ' or (byte)'-')))
        {
            throw new SmtpProtocolException($"Malformed SMTP reply line: \"{Encoding.ASCII.GetString(line[..Math.Min(line.Length, 80)])}\".");
        }

        last = line.Length == 3 || line[3] == (byte)' ';
        return ((line[0] - '0') * 100) + ((line[1] - '0') * 10) + (line[2] - '0');
    }

    private static bool IsDigit(byte value, char low, char high) => value >= low && value <= high;

    /// <summary>Receives more bytes, keeping the reply being read; returns how far its bytes moved toward the start.</summary>
    private int Fill()
    {
        var shift = _replyStart;
        if (shift > 0)
        {
            _buffer.AsSpan(shift, _end - shift).CopyTo(_buffer);
            _end -= shift;
            _start -= shift;
            _replyStart = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxReplyBytes)
            {
                throw new SmtpProtocolException($"An SMTP reply exceeded {MaxReplyBytes} bytes.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        Receives++;
        var received = _socket.Receive(_buffer, _end, _buffer.Length - _end, SocketFlags.None);
        if (received == 0)
        {
            throw new IOException("The SMTP server closed the connection.");
        }

        _end += received;
        return shift;
    }
}
