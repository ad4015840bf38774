namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// RFC 4648 base32 without padding, written in lower case and read in either case (some MTAs lower-case local parts).
/// </summary>
internal static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The characters for <paramref name="bytes"/> bytes.</summary>
    public static int EncodedLength(int bytes) => ((bytes * 8) + 4) / 5;

    public static string Encode(ReadOnlySpan<byte> data)
    {
        Span<char> chars = stackalloc char[EncodedLength(data.Length)];
        int buffer = 0, bits = 0, written = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[written++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            chars[written++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars[..written]);
    }

    /// <summary>Decodes exactly <paramref name="destination"/>.Length bytes; false on a character outside the alphabet or non-zero trailing bits.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (text.Length != EncodedLength(destination.Length))
        {
            return false;
        }

        int buffer = 0, bits = 0, written = 0;
        foreach (var c in text)
        {
            var value = c switch
            {
                >= 'a' and <= 'z' => c - 'a',
                >= 'A' and <= 'Z' => c - 'A',
                >= '2' and <= '7' => c - '2' + 26,
                _ => -1,
            };
            if (value < 0)
            {
                return false;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                destination[written++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }

        return written == destination.Length && (buffer & ((1 << bits) - 1)) == 0;
    }
}
