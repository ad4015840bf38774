using System.Buffers;
using System.Net.Sockets;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// The fast path of <see cref="SmtpConnection"/> on a plain-text session whose server offers PIPELINING (RFC 2920),
/// written on the socket MailKit connected, between MailKit's own commands (MailKit keeps connect, EHLO, AUTH and QUIT).
/// With DATA: <c>MAIL</c>, <c>RCPT</c> and <c>DATA</c> in one send, three replies, then the dot-stuffed content and its
/// dot in one send and the final reply: 2 round trips. With CHUNKING (RFC 3030): <c>MAIL</c>, <c>RCPT</c> and
/// <c>BDAT n LAST</c> with the raw content in one send, three replies: 1 round trip.
/// </summary>
/// <remarks>
/// Replies are classified as <see cref="SmtpReplyClassifier"/> classifies MailKit's exceptions. A refused MAIL or RCPT
/// sends no content (a 354 anyway gets an empty message, just the dot) and is followed by RSET, so that the connection
/// stays usable. A 421 ends the dialogue at once (the server is closing). I/O errors, timeouts and malformed replies
/// throw (<see cref="IOException"/>, <see cref="SocketException"/>, <c>SmtpProtocolException</c>); the connection is then
/// out of step and must be closed.
/// </remarks>
internal sealed partial class PipelinedSmtpSender
{
    /// <summary>The address characters sent as they are; anything else (quoting, non-ASCII, brackets) goes through MailKit.</summary>
    private static readonly SearchValues<char> PlainAddressChars =
        SearchValues.Create("!#$%&'*+-./0123456789=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly PipelinedSmtpWriter _writer;
    private readonly SmtpReplyReader _reader;
    private readonly bool _size;

    /// <param name="socket">The connected, blocking socket, with MailKit's input buffer empty.</param>
    /// <param name="chunking">Whether the server offers CHUNKING (BDAT instead of DATA).</param>
    /// <param name="size">Whether the server offers SIZE (MAIL FROM gets the exact size).</param>
    public PipelinedSmtpSender(Socket socket, bool chunking, bool size)
    {
        _writer = new PipelinedSmtpWriter(socket);
        _reader = new SmtpReplyReader(socket);
        UsesBdat = chunking;
        _size = size;
    }

    /// <summary>Whether messages go with BDAT (CHUNKING) rather than DATA.</summary>
    public bool UsesBdat { get; }

    /// <summary>Set when the message got an answer but the connection must not be reused (RSET refused): the reason.</summary>
    public string? Unusable { get; private set; }

    /// <summary>Send calls and receive calls made so far (observable for tests and benchmarks).</summary>
    public (long Sends, long Receives) Syscalls => (_writer.Sends, _reader.Receives);

    /// <summary>
    /// Whether the envelope can be written as it is: both addresses plain ASCII (atext, dots and one @, no quoting,
    /// brackets or line breaks); the sender may be empty (the null reverse-path).
    /// </summary>
    public static bool CanSend(in OutgoingMessage message)
        => IsPlain(message.Sender, allowEmpty: true) && IsPlain(message.Recipient, allowEmpty: false);

    /// <summary>Sends one message; returns the classified answer or throws when the connection broke (see the remarks).</summary>
    public SendResult Send(in OutgoingMessage message)
    {
        var content = message.Content.Span;
        _writer.WriteEnvelope(message.Sender, message.Recipient, _size ? content.Length : -1);
        if (UsesBdat)
        {
            _writer.WriteBdatLast(content);
        }
        else
        {
            _writer.WriteLine("DATA\r\n"u8);
        }

        _writer.Flush();
        SendResult? refusal = null;
        var code = _reader.Read();
        if (!IsPositive(code))
        {
            refusal = EnvelopeRefused("MAIL FROM:<", message.Sender, code);
            if (Ends(refusal.Value))
            {
                return refusal.Value;
            }
        }

        code = _reader.Read();
        if (!IsPositive(code))
        {
            var rcptRefused = EnvelopeRefused("RCPT TO:<", message.Recipient, code);
            if (Ends(rcptRefused))
            {
                return refusal is { } earlier ? Retire(earlier, rcptRefused.Reply) : rcptRefused;
            }

            refusal ??= rcptRefused;
        }

        return UsesBdat ? FinishBdat(refusal) : FinishData(content, refusal);
    }

    private static bool IsPlain(string address, bool allowEmpty)
        => address.Length == 0 ? allowEmpty : address.AsSpan().IndexOfAnyExcept(PlainAddressChars) < 0;

    private static bool IsPositive(int code) => code is >= 200 and < 300;

    /// <summary>Whether nothing more can be read or sent after this answer: the server is closing, or the dialogue is out of step.</summary>
    private static bool Ends(SendResult result) => SmtpReplyClassifier.ClosesConnection(result);
}
