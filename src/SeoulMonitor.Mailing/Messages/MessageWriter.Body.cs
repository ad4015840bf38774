using System.Text;
using MimeKit;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// The body: one text part, or multipart/alternative with text/plain then text/html. Each part's bytes come from
/// the <see cref="BodyEncoder"/> straight into the buffer; the boundary holds "=_", which neither quoted-printable
/// nor base64 output can contain.
/// </summary>
internal sealed partial class MessageWriter
{
    /// <summary>Writes the Content-Type field(s), the blank line and the body; returns where the body starts.</summary>
    private int WriteBody()
    {
        var text = _renderer.TextBody;
        var html = _renderer.HtmlBody;
        if (text is null || html is null)
        {
            var single = text ?? html!;
            var encoding = _encoder.Prepare(single);
            Begin(text is null ? "Content-Type: text/html; charset=utf-8"u8 : "Content-Type: text/plain; charset=utf-8"u8);
            End("Content-Type");
            Begin("Content-Transfer-Encoding: "u8);
            _wire.Write(EncodingName(encoding));
            End("Content-Transfer-Encoding");
            _wire.WriteCrlf();
            var start = _wire.Length;
            WriteEncoded();
            return start;
        }

        Begin("Content-Type: multipart/alternative;\r\n boundary=\""u8);
        _wire.WriteAscii(_boundary);
        _wire.Write((byte)'"');
        End("Content-Type");
        _wire.WriteCrlf();
        var bodyStart = _wire.Length;
        WritePart("plain"u8, text);
        WritePart("html"u8, html);
        _wire.Write("--"u8);
        _wire.WriteAscii(_boundary);
        _wire.Write("--\r\n"u8);
        return bodyStart;
    }

    private void WritePart(ReadOnlySpan<byte> subtype, StringBuilder text)
    {
        var encoding = _encoder.Prepare(text);
        _wire.Write("--"u8);
        _wire.WriteAscii(_boundary);
        _wire.Write("\r\nContent-Type: text/"u8);
        _wire.Write(subtype);
        _wire.Write("; charset=utf-8\r\nContent-Transfer-Encoding: "u8);
        _wire.Write(EncodingName(encoding));
        _wire.Write("\r\n\r\n"u8);
        WriteEncoded();

        // The CRLF before the next delimiter belongs to the delimiter: the part keeps its own final CRLF.
        _wire.WriteCrlf();
    }

    private void WriteEncoded() => _wire.Advance(_encoder.WriteEncoded(_wire.Ensure(_encoder.MaxEncodedLength)));

    private static ReadOnlySpan<byte> EncodingName(ContentEncoding encoding)
        => encoding == ContentEncoding.Base64 ? "base64"u8 : "quoted-printable"u8;
}
