using MimeKit;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class DkimSigningTests
{
    [Fact]
    public void TryCompose_RsaSha256_VerifiesWithPythonDkimForEveryReusedMessage()
    {
        var (options, txt) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.SignsWithNativeRsa);

        for (var sequence = 1; sequence <= 3; sequence++)
        {
            Assert.True(writer.TryCompose(MessageFixture.Delivery(sequence), out var message, out var error), error);
            Assert.Single(message.Headers, h => h.Id == HeaderId.DkimSignature);
            var (passed, output) = IndependentTools.VerifyDkim(MessageFixture.WriteEml(message, $"rsa{sequence}"), txt, "rsa2025._domainkey.seoul.example");
            Assert.True(passed, output);
        }
    }

    [Fact]
    public void TryCompose_Ed25519Sha256_VerifiesWithPythonDkim()
    {
        var (options, txt) = MessageFixture.Ed25519Key();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();

        Assert.True(writer.TryCompose(MessageFixture.Delivery(1), out var message, out var error), error);
        var signature = message.Headers[HeaderId.DkimSignature];
        var (passed, output) = IndependentTools.VerifyDkim(MessageFixture.WriteEml(message, "ed"), txt, "ed2025._domainkey.seoul.example");

        Assert.Contains("a=ed25519-sha256", signature, StringComparison.Ordinal);
        Assert.True(passed, output);
    }

    [Fact]
    public void TryCompose_TamperedBodyAfterSigning_FailsPythonDkim()
    {
        var (options, txt) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryCompose(MessageFixture.Delivery(1), out var message, out _));
        var path = MessageFixture.WriteEml(message, "tampered");
        var wire = File.ReadAllText(path);
        File.WriteAllText(path, wire.Replace("Subject: ", "Subject: RE: ", StringComparison.Ordinal));

        var (passed, _) = IndependentTools.VerifyDkim(path, txt, "rsa2025._domainkey.seoul.example");

        Assert.False(passed);
    }

    [Fact]
    public void TryCompose_WrongPublishedKey_FailsPythonDkim()
    {
        var (options, _) = MessageFixture.RsaKey();
        var (_, otherTxt) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryCompose(MessageFixture.Delivery(1), out var message, out _));

        var (passed, _) = IndependentTools.VerifyDkim(MessageFixture.WriteEml(message, "wrongkey"), otherTxt, "rsa2025._domainkey.seoul.example");

        Assert.False(passed);
    }

    [Fact]
    public void Sign_NativeRsa_ProducesTheSameSignatureAsBouncyCastle()
    {
        // PKCS#1 v1.5 signatures are deterministic: the native path must give MimeKit's managed result byte for byte.
        var (options, _) = MessageFixture.RsaKey();
        var key = DkimSigningKey.Load(options)!;
        using var writer = MessageFixture.Composer(dkim: key).CreateWriter();
        Assert.True(writer.TryCompose(MessageFixture.Delivery(1), out var message, out _));
        var native = message.Headers[HeaderId.DkimSignature];

        message.Headers.RemoveAll(HeaderId.DkimSignature);
        using var managed = key.CreateManagedSigner(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(MessageFixture.Now));
        Assert.False(managed.IsNative);
        managed.Sign(DkimSigningKey.SigningFormat, message, key.HeadersToSign);

        Assert.Equal(Strip(native), Strip(message.Headers[HeaderId.DkimSignature]));
    }

    [Fact]
    public void Sign_Timestamp_ComesFromTimeProvider()
    {
        var (options, _) = MessageFixture.RsaKey();
        using var writer = MessageFixture.Composer(dkim: DkimSigningKey.Load(options)).CreateWriter();
        Assert.True(writer.TryCompose(MessageFixture.Delivery(1), out var message, out _));

        Assert.Contains($"t={MessageFixture.Now.ToUnixTimeSeconds()};", Strip(message.Headers[HeaderId.DkimSignature]), StringComparison.Ordinal);
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

    private static string Strip(string? header) => string.Concat((header ?? "").Where(c => !char.IsWhiteSpace(c)));
}
