using MimeKit;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>The slow path: MailKit's <c>Send</c> (TLS sessions, servers without PIPELINING, addresses that need quoting).</summary>
internal sealed partial class SmtpConnection
{
    /// <summary>
    /// Sends through MailKit, which throws for refusals (classified by the caller) and sends RSET after them. The bytes go
    /// wrapped unparsed (<see cref="RawMimeMessage"/>); only content without a header block is parsed with MimeKit.
    /// </summary>
    private SendResult SendThroughMailKit(in OutgoingMessage message)
    {
        _recipients[0] = new MailboxAddress("", message.Recipient);
        try
        {
            using var parsed = RawMimeMessage.TryCreate(message.Content)
                ?? MimeMessage.Load(new MemoryStream(message.Content.ToArray(), writable: false), CancellationToken.None);
            var reply = _client.Send(parsed, new MailboxAddress("", message.Sender), _recipients, CancellationToken.None);
            return new SendResult(SendOutcomeKind.Accepted, 250, reply);
        }
        finally
        {
            _recipients[0] = null!;
        }
    }
}
