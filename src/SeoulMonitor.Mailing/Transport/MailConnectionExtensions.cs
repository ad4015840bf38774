using MimeKit;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>Sending a MimeKit message through an <see cref="IMailConnection"/> (for callers that build their own messages).</summary>
public static class MailConnectionExtensions
{
    private static readonly FormatOptions WireFormat = CreateWireFormat();

    /// <summary>Serialises <paramref name="message"/> (CRLF) and sends it to <paramref name="recipient"/> with <paramref name="sender"/> as MAIL FROM.</summary>
    public static SendResult Send(this IMailConnection connection, MimeMessage message, MailboxAddress sender, MailboxAddress recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Send(ToOutgoing(message, sender, recipient), cancellationToken);
    }

    /// <summary>
    /// The wire form of <paramref name="message"/>: its bytes with CRLF line ends and the given envelope. The message is
    /// first prepared for a 7-bit transport (MimeKit picks quoted-printable or base64 for 8-bit parts), as
    /// <see cref="OutgoingMessage"/> requires.
    /// </summary>
    public static OutgoingMessage ToOutgoing(MimeMessage message, MailboxAddress sender, MailboxAddress recipient)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(recipient);
        message.Prepare(EncodingConstraint.SevenBit);
        using var buffer = new MemoryStream();
        message.WriteTo(WireFormat, buffer);
        return new OutgoingMessage(sender.Address, recipient.Address, message.MessageId ?? "", buffer.ToArray());
    }

    private static FormatOptions CreateWireFormat()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }
}
