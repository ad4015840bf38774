using System.Security.Cryptography;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// The DKIM body hash (RFC 6376 §3.4.3–3.4.5, <c>bh=</c>) straight over the encoded body bytes. Relaxed: when the
/// body has no tab, no run of two spaces and no space before a CR (the usual case for quoted-printable and base64)
/// its canonical form is the body itself and is hashed in place; otherwise whitespace runs are reduced into
/// a scratch buffer first. Both then drop trailing empty lines.
/// </summary>
internal static class DkimBody
{
    public static void Hash(ReadOnlySpan<byte> body, DkimCanonicalization canonicalization, IncrementalHash sha256, WireBuffer scratch)
    {
        if (canonicalization == DkimCanonicalization.Relaxed && NeedsReducing(body))
        {
            scratch.Reset();
            Reduce(body, scratch);
            body = scratch.Bytes.AsSpan(0, scratch.Length);
        }

        var end = body.Length;
        while (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n')
        {
            end -= 2;
        }

        if (end > 0)
        {
            sha256.AppendData(body[..end]);
            sha256.AppendData("\r\n"u8);
        }
        else if (canonicalization == DkimCanonicalization.Simple)
        {
            // An empty body is one CRLF in simple canonicalization and nothing in relaxed.
            sha256.AppendData("\r\n"u8);
        }
    }

    /// <summary>Whether relaxed canonicalization would change any byte of <paramref name="body"/>.</summary>
    internal static bool NeedsReducing(ReadOnlySpan<byte> body)
        => body.Contains((byte)'\t') || body.IndexOf("  "u8) >= 0 || body.IndexOf(" \r"u8) >= 0;

    /// <summary>
    /// Reduces every run of spaces and tabs to one space and drops the runs that end a line. Jumps from one such run
    /// to the next (the next tab, double space or space before CR, each searched once and remembered), so text with a
    /// few of them costs little more than the fast path.
    /// </summary>
    private static void Reduce(ReadOnlySpan<byte> body, WireBuffer output)
    {
        int tab = -2, pair = -2, beforeCr = -2;
        var position = 0;
        while (position < body.Length)
        {
            var next = Min(Min(Next(body, position, "\t"u8, ref tab), Next(body, position, "  "u8, ref pair)), Next(body, position, " \r"u8, ref beforeCr));
            if (next < 0)
            {
                output.Write(body[position..]);
                return;
            }

            var run = next;
            while (run > position && body[run - 1] == ' ')
            {
                run--;
            }

            var stop = next;
            while (stop < body.Length && body[stop] is (byte)' ' or (byte)'\t')
            {
                stop++;
            }

            output.Write(body[position..run]);
            if (!(stop + 1 < body.Length && body[stop] == '\r' && body[stop + 1] == '\n'))
            {
                output.Write((byte)' ');
            }

            position = stop;
        }
    }

    /// <summary>The next position of <paramref name="pattern"/> at or after <paramref name="position"/>, or -1; cached.</summary>
    private static int Next(ReadOnlySpan<byte> body, int position, ReadOnlySpan<byte> pattern, ref int cached)
    {
        if (cached != -1 && cached < position)
        {
            var found = body[position..].IndexOf(pattern);
            cached = found < 0 ? -1 : position + found;
        }

        return cached;
    }

    private static int Min(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}
