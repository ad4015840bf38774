using System.Text;
using MimeKit;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// Wraps finished message bytes in a <see cref="MimeMessage"/> that MailKit writes back byte for byte, without parsing
/// the message: the whole header block becomes the raw value of one header (named like the first header), and the body
/// a <see cref="RawMessageBody"/> without headers. <c>MimeMessage.WriteTo</c> then writes that header, the blank line and
/// the body; it adds no MIME-Version (the body has no headers) and, as the block is one header, hides none (Bcc stays if
/// the composer wrote it, as on the pipelined path). <c>GetSize</c> measures exactly these bytes (BDAT).
/// </summary>
internal static class RawMimeMessage
{
    /// <summary>
    /// The wrapped message, or null when the bytes have no header block and blank line to split on, or start with a
    /// Content-* header (the caller then parses them).
    /// </summary>
    public static MimeMessage? TryCreate(ReadOnlyMemory<byte> content)
    {
        var span = content.Span;
        var blankLine = span.IndexOf("\r\n\r\n"u8);
        var colon = span.IndexOf((byte)':');
        if (blankLine < 0 || colon <= 0 || colon > span.IndexOf("\r\n"u8))
        {
            return null;
        }

        // A Content-* header first would be taken for the body's; MimeKit also parses some values as the header is made.
        var field = Encoding.ASCII.GetString(span[..colon]);
        if (field.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Header header;
        try
        {
            header = new Header(field, "x");
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            return null;
        }

        header.SetRawValue(span[(colon + 1)..(blankLine + 2)].ToArray());
        var message = new MimeMessage(header, new RawMessageBody(content[(blankLine + 4)..]));

        // The constructor adds Date, Subject and Message-Id of its own; only the raw block may be written.
        for (var i = message.Headers.Count - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(message.Headers[i], header))
            {
                message.Headers.RemoveAt(i);
            }
        }

        return message;
    }
}
