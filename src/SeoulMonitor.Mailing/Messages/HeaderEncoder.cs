using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// Writes header values (after <c>Name:</c>) into a <see cref="WireBuffer"/>, folded at 78 columns: printable ASCII as
/// it is (display names as atoms or a quoted-string), anything else as RFC 2047 <c>=?utf-8?B?…?=</c> words of at most
/// 75 characters that never split a UTF-8 character. Values must be free of control characters
/// (<see cref="HeaderText.Sanitize(string)"/>); nothing written here can end a header line early.
/// </summary>
internal static class HeaderEncoder
{
    /// <summary>The folding column (RFC 5322 §2.1.1).</summary>
    public const int MaxLine = 78;

    /// <summary>The longest token written as it is; longer ones go to encoded words, which fold.</summary>
    private const int MaxToken = MaxLine - 2;
    private const int MaxWordBytes = 45;
    private static readonly SearchValues<char> Atext =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ");

    /// <summary>Writes <c> name &lt;address&gt;</c> (or <c> address</c> when the name is empty); <paramref name="address"/> is ASCII.</summary>
    public static void WriteMailbox(WireBuffer buffer, string name, string address, ref int lineStart)
    {
        if (name.Length == 0)
        {
            WriteToken(buffer, address, ref lineStart);
            return;
        }

        WritePhrase(buffer, name, ref lineStart);
        Fold(buffer, address.Length + 2, ref lineStart);
        buffer.Write((byte)'<');
        buffer.WriteAscii(address);
        buffer.Write((byte)'>');
    }

    /// <summary>Writes unstructured text (a subject): space-separated tokens, folded; encoded words when not plain ASCII.</summary>
    public static void WriteUnstructured(WireBuffer buffer, string text, ref int lineStart)
    {
        if (!IsPlain(text, null) || HasLongToken(text))
        {
            WriteEncodedWords(buffer, text, ref lineStart);
            return;
        }

        WriteTokens(buffer, text, ref lineStart);
    }

    /// <summary>Writes a display name: atoms, a quoted-string when it holds specials, or encoded words.</summary>
    public static void WritePhrase(WireBuffer buffer, string name, ref int lineStart)
    {
        if (IsPlain(name, Atext) && !HasLongToken(name))
        {
            WriteTokens(buffer, name, ref lineStart);
            return;
        }

        if (IsPlain(name, null) && QuotedLength(name) <= MaxToken)
        {
            Fold(buffer, QuotedLength(name), ref lineStart);
            buffer.Write((byte)'"');
            foreach (var c in name)
            {
                if (c is '"' or '\\')
                {
                    buffer.Write((byte)'\\');
                }

                buffer.Write((byte)c);
            }

            buffer.Write((byte)'"');
            return;
        }

        WriteEncodedWords(buffer, name, ref lineStart);
    }

    /// <summary>Writes <paramref name="text"/> as encoded words, each preceded by a space or a fold.</summary>
    public static void WriteEncodedWords(WireBuffer buffer, ReadOnlySpan<char> text, ref int lineStart)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var utf8 = rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented));
            var i = 0;
            do
            {
                // "=?utf-8?B?" and "?=" take 12 columns, the space before the word one.
                var room = (MaxLine - (buffer.Length - lineStart) - 13) / 4 * 3;
                if (room < 12)
                {
                    buffer.WriteCrlf();
                    lineStart = buffer.Length;
                    room = MaxWordBytes;
                }

                var end = Math.Min(i + Math.Min(room, MaxWordBytes), utf8.Length);
                while (end < utf8.Length && (utf8[end] & 0xC0) == 0x80)
                {
                    end--;
                }

                buffer.Write(" =?utf-8?B?"u8);
                Base64.EncodeToUtf8(utf8[i..end], buffer.Ensure(Base64.GetMaxEncodedToUtf8Length(end - i)), out _, out var written);
                buffer.Advance(written);
                buffer.Write("?="u8);
                i = end;
            }
            while (i < utf8.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes a space and <paramref name="token"/> (ASCII), folding first when it would pass the folding column.</summary>
    public static void WriteToken(WireBuffer buffer, ReadOnlySpan<char> token, ref int lineStart)
    {
        Fold(buffer, token.Length, ref lineStart);
        buffer.WriteAscii(token);
    }

    /// <summary>
    /// Writes a space, or a fold (CRLF and a space) when <paramref name="width"/> more columns would pass 78 and would
    /// fit on a line of their own (folding before a longer token, such as a long URL, would only add a line).
    /// </summary>
    public static void Fold(WireBuffer buffer, int width, ref int lineStart)
    {
        var column = buffer.Length - lineStart;
        if (column + 1 + width > MaxLine && column > 1 && 1 + width <= MaxLine)
        {
            buffer.WriteCrlf();
            lineStart = buffer.Length;
        }

        buffer.Write((byte)' ');
    }

    private static void WriteTokens(WireBuffer buffer, ReadOnlySpan<char> text, ref int lineStart)
    {
        foreach (var range in text.Split(' '))
        {
            WriteToken(buffer, text[range], ref lineStart);
        }
    }

    /// <summary>Printable ASCII only (and only <paramref name="allowed"/> when given), and nothing a reader would decode.</summary>
    private static bool IsPlain(string text, SearchValues<char>? allowed)
        => !text.AsSpan().ContainsAnyExceptInRange(' ', '~')
            && (allowed is null || !text.AsSpan().ContainsAnyExcept(allowed))
            && !text.Contains("=?", StringComparison.Ordinal);

    private static bool HasLongToken(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            if (range.End.Value - range.Start.Value > MaxToken)
            {
                return true;
            }
        }

        return false;
    }

    private static int QuotedLength(string name) => name.Length + 2 + name.AsSpan().Count('"') + name.AsSpan().Count('\\');
}
