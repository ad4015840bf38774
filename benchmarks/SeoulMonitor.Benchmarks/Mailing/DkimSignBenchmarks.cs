using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// DKIM-signing one written message (body hash over the encoded bytes, relaxed header canonicalization, one
/// private-key operation, the DKIM-Signature field): rsa-sha256 through the native RSA and ed25519-sha256, next to
/// the floor, one native RSA-2048 SHA-256 signature over 1 KB.
/// </summary>
[MemoryDiagnoser]
public class DkimSignBenchmarks
{
    private readonly byte[] _data = RandomNumberGenerator.GetBytes(1024);
    private RSA _rsa = null!;
    private byte[] _message = null!;
    private HeaderField[] _fields = null!;
    private int _bodyStart;
    private DkimWireSigner _native = null!;
    private DkimWireSigner _ed25519 = null!;

    [Params(2_000, 20_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rsa = RSA.Create(2048);
        _native = DkimSigningKey.Load(MessageBenchmarkData.Rsa2048(_rsa))!.CreateSigner(TimeProvider.System);
        _ed25519 = DkimSigningKey.Load(Ed25519Options())!.CreateSigner(TimeProvider.System);
        using var writer = MessageBenchmarkData.Composer(Bytes).CreateWriter();
        writer.TryWrite(MessageBenchmarkData.Delivery(1), out var message, out _);
        _message = message.Content.ToArray();
        _bodyStart = _message.AsSpan().IndexOf("\r\n\r\n"u8) + 4;
        _fields = Fields(_message, _bodyStart);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _native.Dispose();
        _ed25519.Dispose();
        _rsa.Dispose();
    }

    [Benchmark(Baseline = true)]
    public byte[] RawNativeRsa2048Signature() => _rsa.SignData(_data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark]
    public int SignRsaSha256Native()
    {
        _native.Sign(_message, _fields, _bodyStart);
        return _native.Field.Length;
    }

    [Benchmark]
    public int SignEd25519Sha256()
    {
        _ed25519.Sign(_message, _fields, _bodyStart);
        return _ed25519.Field.Length;
    }

    /// <summary>The header fields of a message (name, start, end), unfolded lines joined to their field.</summary>
    private static HeaderField[] Fields(byte[] message, int bodyStart)
    {
        var fields = new List<HeaderField>();
        var start = 0;
        while (start < bodyStart - 2)
        {
            var end = start;
            do
            {
                end += message.AsSpan(end).IndexOf("\r\n"u8) + 2;
            }
            while (message[end] is (byte)' ' or (byte)'\t');

            var name = System.Text.Encoding.ASCII.GetString(message, start, message.AsSpan(start).IndexOf((byte)':'));
            fields.Add(new HeaderField(name, start, end));
            start = end;
        }

        return [.. fields];
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
