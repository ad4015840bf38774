using MailKit.Net.Smtp;
using MimeKit;
using MimeKit.IO;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// A text part (a <see cref="TextPart"/>, so MimeKit's <c>TextBody</c>/<c>HtmlBody</c> still read it) whose content is already in its final transfer encoding (CRLF line ends, ending with CRLF), written
/// straight to the stream: no MimeContent copy, no CRLF filter, and <see cref="Prepare"/> does nothing, so an
/// SmtpClient that skips <c>MimeMessage.Prepare</c> sends it as is. <see cref="MimePart.ContentTransferEncoding"/>
/// says which encoding the bytes are in. Reused for every message of one worker; not thread-safe.
/// </summary>
internal sealed class PreEncodedPart : TextPart
{
    /// <summary>MailKit's (internal) SMTP stream: the source of the DATA stream that <c>SmtpClient</c> filters.</summary>
    private static readonly Type? SmtpStreamType = typeof(SmtpClient).Assembly.GetType("MailKit.Net.Smtp.SmtpStream");
    private byte[] _bytes = new byte[4096];
    private int _length;

    public PreEncodedPart(string subtype)
        : base(subtype)
    {
        ContentType.Charset = "utf-8";
    }

    /// <summary>The encoded bytes of the current message.</summary>
    public ReadOnlyMemory<byte> Encoded => _bytes.AsMemory(0, _length);

    /// <summary>Replaces the content with <paramref name="text"/>, encoded once by <paramref name="encoder"/>.</summary>
    public void SetText(BodyEncoder encoder, System.Text.StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        var encoding = encoder.Encode(text, ref _bytes, out _length);
        if (ContentTransferEncoding != encoding)
        {
            ContentTransferEncoding = encoding;
        }

        // Never read by WriteTo below; it keeps MimeKit's readers (TextBody, Multipart's part ending) truthful.
        Content = new MimeContent(new MemoryStream(_bytes, 0, _length, writable: false), encoding);
    }

    /// <inheritdoc/>
    public override void Prepare(EncodingConstraint constraint, int maxLineLength = 78)
    {
    }

    /// <inheritdoc/>
    public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!contentOnly)
        {
            Headers.WriteTo(options, stream, cancellationToken);
        }

        if (!contentOnly && stream is FilteredStream { Source: ICancellableStream smtp } && smtp.GetType() == SmtpStreamType && NeedsNoDotStuffing())
        {
            // MailKit's DATA stream runs every byte through SmtpDataFilter, which only doubles a '.' at the start of a
            // line. These bytes have none and end with CRLF (as the headers before them do), so the filter would pass
            // them unchanged and end in the same state: write them past it, saving its byte-by-byte scan.
            smtp.Write(_bytes, 0, _length, cancellationToken);
        }
        else if (stream is ICancellableStream cancellable)
        {
            cancellable.Write(_bytes, 0, _length, cancellationToken);
        }
        else
        {
            stream.Write(_bytes, 0, _length);
        }
    }

    private bool NeedsNoDotStuffing()
    {
        var bytes = _bytes.AsSpan(0, _length);
        return bytes.Length >= 2 && bytes[0] != '.' && bytes[^2] == '\r' && bytes[^1] == '\n' && bytes.IndexOf("\n."u8) < 0;
    }

    /// <inheritdoc/>
    public override async Task WriteToAsync(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!contentOnly)
        {
            await Headers.WriteToAsync(options, stream, cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(_bytes.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
    }
}
