using System.Buffers.Text;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using MimeKit;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// Encodes a rendered body once, as UTF-8 in its final transfer encoding with CRLF line ends: quoted-printable for
/// mostly-ASCII text (HTML markup, English), base64 when non-ASCII bytes dominate (Korean: three UTF-8 bytes per
/// syllable, nine characters each in quoted-printable). Buffers are reused; not thread-safe.
/// </summary>
internal sealed class BodyEncoder
{
    private const int QpLineLength = 76;
    private const int Base64LineBytes = 57;
    private static readonly byte[] Hex = "0123456789ABCDEF"u8.ToArray();

    /// <summary>
    /// Bytes the fast path copies as they are: printable ASCII and space, without '=' and without '.' (written as
    /// itself too, except at the start of a line: see <see cref="QuotedPrintable"/>).
    /// </summary>
    private static readonly System.Buffers.SearchValues<byte> QpLiteral =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(32, 95).Where(b => b is not '=' and not '.').Select(b => (byte)b)]);
    private readonly Encoder _utf8 = new UTF8Encoding(false).GetEncoder();
    private byte[] _raw = new byte[4096];

    private int _rawLength;
    private ContentEncoding _encoding;

    /// <summary>Encodes <paramref name="text"/> into <paramref name="output"/> (grown as needed) and returns the encoding used.</summary>
    public ContentEncoding Encode(StringBuilder text, ref byte[] output, out int length)
    {
        var encoding = Prepare(text);
        EnsureCapacity(ref output, MaxEncodedLength);
        length = WriteEncoded(output);
        return encoding;
    }

    /// <summary>
    /// Converts <paramref name="text"/> (UTF-8, CRLF) and chooses its transfer encoding; <see cref="WriteEncoded"/>
    /// then writes it in at most <see cref="MaxEncodedLength"/> bytes.
    /// </summary>
    public ContentEncoding Prepare(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _rawLength = ToCrlfUtf8(text);
        var raw = _raw.AsSpan(0, _rawLength);
        var nonAscii = raw.Length - CountAscii(raw);
        var base64Size = (long)raw.Length * 4 / 3 * 78 / 76;
        var qpSize = raw.Length + (2L * nonAscii);
        _encoding = qpSize <= base64Size ? ContentEncoding.QuotedPrintable : ContentEncoding.Base64;
        return _encoding;
    }

    /// <summary>An upper bound of the bytes <see cref="WriteEncoded"/> writes for the prepared text.</summary>
    public int MaxEncodedLength => _encoding == ContentEncoding.QuotedPrintable
        ? (_rawLength * 3) + (_rawLength / 20) + 8
        : ((_rawLength + Base64LineBytes - 1) / Base64LineBytes * 78) + 2;

    /// <summary>Writes the prepared text in its transfer encoding (ending with CRLF when not empty); returns the length.</summary>
    public int WriteEncoded(Span<byte> output)
    {
        var raw = _raw.AsSpan(0, _rawLength);
        return _encoding == ContentEncoding.QuotedPrintable ? QuotedPrintable(raw, output) : EncodeBase64(raw, output);
    }

    /// <summary>UTF-8 with every line break (CRLF, LF or a lone CR) as CRLF, into <see cref="_raw"/>.</summary>
    private int ToCrlfUtf8(StringBuilder text)
    {
        var max = (text.Length * 3 * 2) + 8;
        if (_raw.Length < max)
        {
            _raw = new byte[Math.Max(max, _raw.Length * 2)];
        }

        _utf8.Reset();
        var written = 0;
        var previousCr = false;
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            while (span.Length > 0)
            {
                var stop = span.IndexOfAny('\r', '\n');
                var run = stop < 0 ? span : span[..stop];
                if (run.Length > 0)
                {
                    previousCr = false;
                    _utf8.Convert(run, _raw.AsSpan(written), false, out _, out var bytes, out _);
                    written += bytes;
                }

                if (stop < 0)
                {
                    break;
                }

                var c = span[stop];
                if (c == '\n' && previousCr)
                {
                    previousCr = false;
                }
                else
                {
                    _raw[written++] = (byte)'\r';
                    _raw[written++] = (byte)'\n';
                    previousCr = c == '\r';
                }

                span = span[(stop + 1)..];
            }
        }

        _utf8.Convert([], _raw.AsSpan(written), true, out _, out var tail, out _);
        return written + tail;
    }

    /// <summary>
    /// The bytes of <paramref name="raw"/> below 0x80, counted 32 (or 16) at a time from the vectors' high bits:
    /// Korean text switches between ASCII and non-ASCII every few bytes (spaces), so run-skipping would not pay.
    /// </summary>
    private static int CountAscii(ReadOnlySpan<byte> raw)
    {
        var nonAscii = 0;
        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(raw);
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<byte>.Count <= raw.Length; i += Vector256<byte>.Count)
            {
                nonAscii += BitOperations.PopCount(Vector256.LoadUnsafe(ref start, (nuint)i).ExtractMostSignificantBits());
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<byte>.Count <= raw.Length; i += Vector128<byte>.Count)
            {
                nonAscii += BitOperations.PopCount(Vector128.LoadUnsafe(ref start, (nuint)i).ExtractMostSignificantBits());
            }
        }

        for (; i < raw.Length; i++)
        {
            nonAscii += raw[i] >> 7;
        }

        return raw.Length - nonAscii;
    }

    private static int QuotedPrintable(ReadOnlySpan<byte> raw, Span<byte> output)
    {
        var o = 0;
        var column = 0;
        var i = 0;
        while (i < raw.Length)
        {
            // Fast path: copy a run of printable bytes that stand for themselves (space included; '=' excluded).
            var run = raw[i..].IndexOfAnyExcept(QpLiteral);
            run = run < 0 ? raw.Length - i : run;
            if (run > 0)
            {
                var next = i + run;
                if ((next == raw.Length || raw[next] == '\r') && raw[next - 1] == ' ')
                {
                    // A space at the end of a line is encoded: leave it to the byte-by-byte path below.
                    run--;
                }

                o = CopyLiteral(raw.Slice(i, run), output, o, ref column);
                i += run;
                if (i == raw.Length)
                {
                    break;
                }
            }

            var b = raw[i];
            if (b == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
            {
                output[o++] = (byte)'\r';
                output[o++] = (byte)'\n';
                column = 0;
                i += 2;
                continue;
            }

            var atLineEnd = i + 1 == raw.Length || raw[i + 1] == '\r';
            var literal = (b is >= 33 and <= 126 && b != '=') || (b is (byte)' ' or (byte)'\t' && !atLineEnd);
            var width = literal ? 1 : 3;
            if (column + width > QpLineLength - 1)
            {
                o = SoftBreak(output, o);
                column = 0;
            }

            if (b == '.' && column == 0)
            {
                // A line never starts with '.': SMTP's DATA would have to double it (the transport can then skip that scan).
                (literal, width) = (false, 3);
            }

            if (literal)
            {
                output[o++] = b;
            }
            else
            {
                output[o++] = (byte)'=';
                output[o++] = Hex[b >> 4];
                output[o++] = Hex[b & 0xF];
            }

            column += width;
            i++;
        }

        if (column > 0)
        {
            // A soft break ends the data with CRLF without adding a line break to the decoded text.
            o = SoftBreak(output, o);
        }

        return o;
    }

    /// <summary>Copies literal bytes, breaking lines (soft breaks) at 75 characters.</summary>
    private static int CopyLiteral(ReadOnlySpan<byte> run, Span<byte> output, int o, ref int column)
    {
        while (run.Length > 0)
        {
            if (column == QpLineLength - 1)
            {
                o = SoftBreak(output, o);
                column = 0;
            }

            var take = Math.Min(run.Length, QpLineLength - 1 - column);
            run[..take].CopyTo(output[o..]);
            o += take;
            column += take;
            run = run[take..];
        }

        return o;
    }

    private static int SoftBreak(Span<byte> output, int o)
    {
        output[o] = (byte)'=';
        output[o + 1] = (byte)'\r';
        output[o + 2] = (byte)'\n';
        return o + 3;
    }

    private static int EncodeBase64(ReadOnlySpan<byte> raw, Span<byte> output)
    {
        var o = 0;
        for (var i = 0; i < raw.Length; i += Base64LineBytes)
        {
            var line = raw.Slice(i, Math.Min(Base64LineBytes, raw.Length - i));
            Base64.EncodeToUtf8(line, output[o..], out _, out var written);
            o += written;
            output[o++] = (byte)'\r';
            output[o++] = (byte)'\n';
        }

        return o;
    }

    private static void EnsureCapacity(ref byte[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            buffer = new byte[Math.Max(size, buffer.Length * 2)];
        }
    }
}
