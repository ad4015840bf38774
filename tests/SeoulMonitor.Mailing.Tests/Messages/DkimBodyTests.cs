using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class DkimBodyTests
{
    [Theory]
    [InlineData("abc\r\n")]
    [InlineData("a  b\t\tc   \r\n \t \r\nend\r\n\r\n\r\n")]
    [InlineData(" lead\r\n\t\r\n  \r\n")]
    [InlineData("no final crlf  ")]
    [InlineData("\r\n\r\n")]
    [InlineData("")]
    [InlineData("x \r y\r\n")]
    public void Hash_Relaxed_MatchesTheRfcReference(string body)
        => Assert.Equal(Reference(body, relaxed: true), Hash(body, DkimCanonicalization.Relaxed));

    [Theory]
    [InlineData("abc\r\n")]
    [InlineData("a  b \r\n\r\n\r\n")]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public void Hash_Simple_MatchesTheRfcReference(string body)
        => Assert.Equal(Reference(body, relaxed: false), Hash(body, DkimCanonicalization.Simple));

    [Fact]
    public void Hash_RandomWhitespaceHeavyBodies_MatchTheRfcReference()
    {
        var random = new Random(42);
        const string Alphabet = "ab  \t\t=.\r\n";
        for (var i = 0; i < 500; i++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(0, 300)).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
            body = Regex.Replace(body, "\r(?!\n)|(?<!\r)\n", "\r\n");
            Assert.Equal(Reference(body, relaxed: true), Hash(body, DkimCanonicalization.Relaxed));
        }
    }

    [Theory]
    [InlineData("plain text=\r\nwith soft breaks\r\n", false)]
    [InlineData("two  spaces\r\n", true)]
    [InlineData("tab\there\r\n", true)]
    [InlineData("trailing \r\n", true)]
    public void NeedsReducing_WhitespaceThatRelaxedChanges_IsDetected(string body, bool expected)
        => Assert.Equal(expected, DkimBody.NeedsReducing(Encoding.ASCII.GetBytes(body)));

    private static string Hash(string body, DkimCanonicalization canonicalization)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        DkimBody.Hash(Encoding.ASCII.GetBytes(body), canonicalization, sha, new WireBuffer(0));
        return Convert.ToBase64String(sha.GetHashAndReset());
    }

    /// <summary>RFC 6376 §3.4.3–3.4.4 as python3-dkim writes it (regular expressions over the whole body).</summary>
    private static string Reference(string body, bool relaxed)
    {
        if (relaxed)
        {
            body = Regex.Replace(body, "[\t ]+\r\n", "\r\n");
            body = Regex.Replace(body, "[\t ]+", " ");
        }

        var trimmed = Regex.Replace(body, "(\r\n)*$", "");
        var canonical = trimmed.Length > 0 ? trimmed + "\r\n" : relaxed ? "" : "\r\n";
        return Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(canonical)));
    }
}
