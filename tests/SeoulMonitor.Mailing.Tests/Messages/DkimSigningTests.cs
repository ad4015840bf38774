using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Cryptography;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class DkimSigningTests
{
    [Fact]
    public void TryWrite_RsaSha256_VerifiesWithPythonDkimForEveryReusedMessage()
    {
        var (options, txt) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.SignsWithNativeRsa);

        for (var sequence = 1; sequence <= 3; sequence++)
        {
            Assert.True(writer.TryWrite(MessageFixture.Delivery(sequence), out var message, out var error), error);
            Assert.StartsWith("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;", MessageFixture.Serialize(message), StringComparison.Ordinal);
            Assert.Single(MessageFixture.Parse(message).Headers, h => h.Id == HeaderId.DkimSignature);
            AssertVerifies(message, txt, $"rsa{sequence}");
        }
    }

    [Fact]
    public void TryWrite_Ed25519Sha256_VerifiesWithPythonDkim()
    {
        var (options, txt) = MessageFixture.Ed25519Key();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var message, out var error), error);
        var signature = MessageFixture.Parse(message).Headers[HeaderId.DkimSignature];

        Assert.False(writer.SignsWithNativeRsa);
        Assert.Contains("a=ed25519-sha256", signature, StringComparison.Ordinal);
        AssertVerifies(message, txt, "ed");
    }

    [Theory]
    [InlineData(DkimAlgorithm.RsaSha256, 2_000, false)]
    [InlineData(DkimAlgorithm.RsaSha256, 20_000, false)]
    [InlineData(DkimAlgorithm.RsaSha256, 20_000, true)]
    [InlineData(DkimAlgorithm.Ed25519Sha256, 2_000, true)]
    [InlineData(DkimAlgorithm.Ed25519Sha256, 20_000, false)]
    public void TryWrite_LongAsciiAndKoreanBodies_VerifyWithPythonDkim(DkimAlgorithm algorithm, int size, bool korean)
    {
        var (options, txt) = algorithm == DkimAlgorithm.RsaSha256 ? MessageFixture.RsaKey() : MessageFixture.Ed25519Key();
        var paragraph = korean ? "{{ district }}의 시민모니터 활동 일정과 교육 안내입니다. " : "Monitoring schedule for {{ name }} in the district. ";
        var body = string.Concat(Enumerable.Repeat(paragraph, (size / 2 / paragraph.Length) + 1));
        var template = new MessageTemplate(korean ? "{{ name }}님 안내" : "Notice for {{ name }}", $"<p>{body}</p>", body);
        using var writer = MessageFixture.Composer(template, DkimSigningKey.Load(options)).CreateWriter();
        var fields = korean ? null : new Dictionary<string, string> { ["name"] = "Kim, Min-su (Mapo)", ["district"] = "Mapo" };

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1, fields), out var message, out var error), error);

        Assert.InRange(message.Content.Length, size, size * 4);
        AssertVerifies(message, txt, $"long{size}");
    }

    [Theory]
    [InlineData(DkimAlgorithm.RsaSha256)]
    [InlineData(DkimAlgorithm.Ed25519Sha256)]
    public void TryWrite_BodyWithSpaceRunsTabsAndTrailingSpaces_VerifiesThroughTheSlowPath(DkimAlgorithm algorithm)
    {
        var (options, txt) = algorithm == DkimAlgorithm.RsaSha256 ? MessageFixture.RsaKey() : MessageFixture.Ed25519Key();
        var template = new MessageTemplate(
            "s", "<table>\n    <tr>\t<td>  {{ name }}  </td></tr>   \n\n\n</table>  \n\n", "a  b\t\tc   \n \t \nend{{ name }}   \n\n\n");
        using var writer = MessageFixture.Composer(template, DkimSigningKey.Load(options)).CreateWriter();

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1, new Dictionary<string, string> { ["name"] = "Kim" }), out var message, out var error), error);
        var wire = MessageFixture.Serialize(message);

        Assert.True(DkimBody.NeedsReducing(message.Content.Span[(wire.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]));
        AssertVerifies(message, txt, "spaces");
    }

    [Fact]
    public void TryWrite_SimpleCanonicalization_VerifiesWithPythonDkim()
    {
        var (options, txt) = MessageFixture.RsaKey();
        options.HeaderCanonicalization = DkimCanonicalization.Simple;
        options.BodyCanonicalization = DkimCanonicalization.Simple;
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var message, out var error), error);

        Assert.Contains("c=simple/simple;", MessageFixture.Serialize(message), StringComparison.Ordinal);
        AssertVerifies(message, txt, "simple");
    }

    [Fact]
    public void TryWrite_SignatureLongerThanTheRoomBeforeHeaders_MovesTheMessageOnceAndVerifies()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(4096);
        var selector = new string('s', 63);
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 3)) + ".example";
        var options = new DkimOptions
        {
            Enabled = true, Domain = domain, Selector = selector, Algorithm = DkimAlgorithm.RsaSha256, PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(),
        };
        var txt = $"v=DKIM1; k=rsa; p={Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo())}";
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();

        for (var sequence = 1; sequence <= 2; sequence++)
        {
            Assert.True(writer.TryWrite(MessageFixture.Delivery(sequence), out var message, out var error), error);
            var text = MessageFixture.Serialize(message);
            Assert.True(text.IndexOf("\r\nFrom:", StringComparison.Ordinal) > 1024);
            Assert.StartsWith("DKIM-Signature:", text, StringComparison.Ordinal);
            var (passed, output) = IndependentTools.VerifyDkim(MessageFixture.WriteEml(message, $"big{sequence}"), txt, $"{selector}._domainkey.{domain}");
            Assert.True(passed, output);
        }
    }

    [Fact]
    public void TryWrite_RsaSha256_VerifiesWithMimeKitToo()
    {
        var (options, txt) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var message, out _));
        var parsed = MessageFixture.Parse(message);

        var verifier = new DkimVerifier(new FakeDkimPublicKeyLocator(txt));

        Assert.True(verifier.Verify(parsed, parsed.Headers[parsed.Headers.IndexOf(HeaderId.DkimSignature)], TestContext.Current.CancellationToken));
    }

    [Fact]
    public void TryWrite_TamperedHeaderAfterSigning_FailsPythonDkim()
    {
        var (options, txt) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var message, out _));
        var path = MessageFixture.WriteEml(message, "tampered");
        var wire = File.ReadAllText(path);
        File.WriteAllText(path, wire.Replace("Subject: ", "Subject: RE: ", StringComparison.Ordinal));

        var (passed, _) = IndependentTools.VerifyDkim(path, txt, "rsa2025._domainkey.seoul.example");

        Assert.False(passed);
    }

    [Fact]
    public void TryWrite_TamperedBodyAfterSigning_FailsPythonDkim()
    {
        var (options, txt) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var message, out _));
        var path = MessageFixture.WriteEml(message, "tamperedbody");
        var wire = File.ReadAllText(path);
        File.WriteAllText(path, wire.Replace("\r\n--=_", "\r\nextra\r\n--=_", StringComparison.Ordinal));

        var (passed, _) = IndependentTools.VerifyDkim(path, txt, "rsa2025._domainkey.seoul.example");

        Assert.False(passed);
    }

    [Fact]
    public void TryWrite_WrongPublishedKey_FailsPythonDkim()
    {
        var (options, _) = MessageFixture.RsaKey();
        var (_, otherTxt) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var message, out _));

        var (passed, _) = IndependentTools.VerifyDkim(MessageFixture.WriteEml(message, "wrongkey"), otherTxt, "rsa2025._domainkey.seoul.example");

        Assert.False(passed);
    }

    [Fact]
    public void TryWrite_Signature_TimestampFromTimeProviderAndDefaultHeaderList()
    {
        var (options, _) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var message, out _));
        var signature = Strip(MessageFixture.Parse(message).Headers[HeaderId.DkimSignature]);

        Assert.Contains($"t={MessageFixture.Now.ToUnixTimeSeconds()};", signature, StringComparison.Ordinal);
        Assert.Contains("h=From:To:Subject:Date:Message-ID:MIME-Version:List-Unsubscribe:List-Unsubscribe-Post;", signature, StringComparison.Ordinal);
        Assert.Contains("d=seoul.example;", signature, StringComparison.Ordinal);
        Assert.Contains("s=rsa2025;", signature, StringComparison.Ordinal);
        Assert.Matches(new Regex("bh=[A-Za-z0-9+/]{43}=;"), signature);
    }

    [Fact]
    public void TryWrite_SignatureField_FoldedAt78()
    {
        var (options, _) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var message, out _));
        var wire = MessageFixture.Serialize(message);

        var field = wire[..wire.IndexOf("\r\nFrom:", StringComparison.Ordinal)];

        Assert.StartsWith("DKIM-Signature:", field, StringComparison.Ordinal);
        Assert.All(field.Split("\r\n"), l => Assert.True(l.Length <= 78, l));
    }

    [Fact]
    public void Load_Disabled_ReturnsNull() => Assert.Null(DkimSigningKey.Load(new DkimOptions()));

    [Fact]
    public void Load_RsaPemForEd25519_Throws()
    {
        var (options, _) = MessageFixture.RsaKey();
        options.Algorithm = DkimAlgorithm.Ed25519Sha256;

        Assert.Throws<InvalidOperationException>(() => DkimSigningKey.Load(options));
    }

    private static void AssertVerifies(OutgoingMessage message, string txt, string name)
    {
        var selector = txt.Contains("k=ed25519", StringComparison.Ordinal) ? "ed2025" : "rsa2025";
        var (passed, output) = IndependentTools.VerifyDkim(MessageFixture.WriteEml(message, name), txt, $"{selector}._domainkey.seoul.example");
        Assert.True(passed, output);
    }

    private static string Strip(string? header) => string.Concat((header ?? "").Where(c => !char.IsWhiteSpace(c)));
}
