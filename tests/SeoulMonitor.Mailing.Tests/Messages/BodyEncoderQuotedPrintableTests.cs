using System.Text;
using MimeKit;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

/// <summary>The run-copying quoted-printable encoder writes exactly what the byte-by-byte reference writes.</summary>
public sealed class BodyEncoderQuotedPrintableTests
{
    private static readonly byte[] Hex = "0123456789ABCDEF"u8.ToArray();

    [Fact]
    public void Encode_RandomMostlyAsciiText_MatchesTheByteByByteReference()
    {
        var random = new Random(20261126);
        const string Alphabet = "abcdefghij      ==..\t\r\n\r\n가나다<>&;:!~";
        var encoder = new BodyEncoder();
        var output = new byte[16];
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, round % 10 == 0 ? 3_000 : 200);
            for (var i = 0; i < length; i++)
            {
                text.Append(random.Next(8) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)random.Next(32, 127));
            }

            var encoding = encoder.Encode(text, ref output, out var written);
            if (encoding != ContentEncoding.QuotedPrintable)
            {
                continue;
            }

            var expected = Reference(Encoding.UTF8.GetBytes(Crlf(text.ToString())));
            Assert.Equal(Encoding.ASCII.GetString(expected), Encoding.ASCII.GetString(output, 0, written));
        }
    }

    [Theory]
    [InlineData("line with trailing space \r\nnext")]
    [InlineData("ends with a space ")]
    [InlineData("tab\t\r\n\t")]
    [InlineData("=start and end=")]
    [InlineData("")]
    [InlineData(".leading dot\r\n.\r\n..\r\nend.")]
    public void Encode_Edges_MatchTheByteByByteReference(string text)
    {
        var output = Array.Empty<byte>();
        var long76 = text + new string('x', 150) + " " + new string('y', 74) + " \r\n" + text;
        foreach (var sample in new[] { text, long76 })
        {
            new BodyEncoder().Encode(new StringBuilder(sample), ref output, out var written);
            Assert.Equal(Encoding.ASCII.GetString(Reference(Encoding.UTF8.GetBytes(sample))), Encoding.ASCII.GetString(output, 0, written));
        }
    }

    [Fact]
    public void Encode_DotsAtLineStarts_NoEncodedLineStartsWithADot()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            text.Append('.', i % 3).Append(new string('x', i % 90)).Append(". ").Append(i % 7 == 0 ? "\r\n" : "");
        }

        var output = Array.Empty<byte>();
        new BodyEncoder().Encode(text, ref output, out var written);
        var encoded = Encoding.ASCII.GetString(output, 0, written);

        Assert.False(encoded.StartsWith('.'));
        Assert.DoesNotContain("\n.", encoded, StringComparison.Ordinal);
        Assert.Equal(Crlf(text.ToString()), Encoding.UTF8.GetString(MimeKitDecode(output.AsSpan(0, written).ToArray())));
    }

    private static byte[] MimeKitDecode(byte[] encoded)
    {
        var decoder = new MimeKit.Encodings.QuotedPrintableDecoder();
        var decoded = new byte[decoder.EstimateOutputLength(encoded.Length)];
        var length = decoder.Decode(encoded, 0, encoded.Length, decoded);
        return decoded.AsSpan(0, length).ToArray();
    }

    private static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>The encoder as it was before the fast path, one byte at a time, plus "=2E" for a '.' that starts a line.</summary>
    private static byte[] Reference(byte[] raw)
    {
        var output = new List<byte>();
        var column = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
            {
                output.AddRange("\r\n"u8);
                column = 0;
                i++;
                continue;
            }

            var atLineEnd = i + 1 == raw.Length || raw[i + 1] == '\r';
            var literal = (b is >= 33 and <= 126 && b != '=') || (b is (byte)' ' or (byte)'\t' && !atLineEnd);
            var width = literal ? 1 : 3;
            if (column + width > 75)
            {
                output.AddRange("=\r\n"u8);
                column = 0;
            }

            if (b == '.' && column == 0)
            {
                (literal, width) = (false, 3);
            }

            if (literal)
            {
                output.Add(b);
            }
            else
            {
                output.AddRange([(byte)'=', Hex[b >> 4], Hex[b & 0xF]]);
            }

            column += width;
        }

        if (column > 0)
        {
            output.AddRange("=\r\n"u8);
        }

        return [.. output];
    }
}
