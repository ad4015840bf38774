using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using MimeKit;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// DKIM-signing one composed ~2 KB message (body hash, header canonicalization, one private-key operation):
/// rsa-sha256 through the native RSA, through MimeKit's default BouncyCastle path, ed25519-sha256, and, as the floor,
/// one native RSA-2048 SHA-256 signature over 1 KB.
/// </summary>
[MemoryDiagnoser]
public class DkimSignBenchmarks
{
    private readonly byte[] _data = RandomNumberGenerator.GetBytes(1024);
    private RSA _rsa = null!;
    private MimeMessage _message = null!;
    private MessageWriter _writer = null!;
    private DkimMessageSigner _native = null!;
    private DkimMessageSigner _managed = null!;
    private DkimMessageSigner _ed25519 = null!;
    private string[] _headers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rsa = RSA.Create(2048);
        var rsaKey = DkimSigningKey.Load(MessageBenchmarkData.Rsa2048(_rsa))!;
        _native = rsaKey.CreateSigner(TimeProvider.System);
        _managed = rsaKey.CreateManagedSigner(TimeProvider.System);
        _ed25519 = DkimSigningKey.Load(Ed25519Options())!.CreateSigner(TimeProvider.System);
        _headers = rsaKey.HeadersToSign;
        _writer = MessageBenchmarkData.Composer(2_000).CreateWriter();
        _message = _writer.Compose(MessageBenchmarkData.Delivery(1));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _native.Dispose();
        _managed.Dispose();
        _ed25519.Dispose();
        _rsa.Dispose();
    }

    [Benchmark(Baseline = true)]
    public byte[] RawNativeRsa2048Signature() => _rsa.SignData(_data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark]
    public void SignRsaSha256Native() => Sign(_native);

    [Benchmark]
    public void SignRsaSha256BouncyCastle() => Sign(_managed);

    [Benchmark]
    public void SignEd25519Sha256() => Sign(_ed25519);

    private void Sign(DkimMessageSigner signer)
    {
        _message.Headers.RemoveAll(HeaderId.DkimSignature);
        signer.Sign(DkimSigningKey.SigningFormat, _message, _headers);
    }

    private static DkimOptions Ed25519Options()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        using var writer = new StringWriter();
        var pem = new PemWriter(writer);
        pem.WriteObject(new Pkcs8Generator(generator.GenerateKeyPair().Private));
        pem.Writer.Flush();
        return new DkimOptions
        {
            Enabled = true, Domain = "seoul.example", Selector = "ed1", Algorithm = DkimAlgorithm.Ed25519Sha256, PrivateKeyPem = writer.ToString(),
        };
    }
}
