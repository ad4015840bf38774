using System.Security.Cryptography;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// A DKIM key loaded once from <see cref="DkimOptions"/>, shared by all workers; each worker gets its own
/// <see cref="DkimMessageSigner"/> (with its own native RSA instance) from <see cref="CreateSigner"/>.
/// </summary>
internal sealed class DkimSigningKey
{
    private readonly AsymmetricKeyParameter _key;
    private readonly RSAParameters? _rsa;

    private DkimSigningKey(DkimOptions options, AsymmetricKeyParameter key, RSAParameters? rsa)
    {
        Options = options;
        _key = key;
        _rsa = rsa;
        HeadersToSign = [.. options.HeadersToSign];
    }

    public DkimOptions Options { get; }

    public string[] HeadersToSign { get; }

    /// <summary>Loads the key named by <paramref name="options"/>; <see langword="null"/> when DKIM is disabled.</summary>
    /// <exception cref="InvalidOperationException">The options are invalid or the PEM holds no usable private key.</exception>
    public static DkimSigningKey? Load(DkimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return null;
        }

        var failures = new List<string>();
        options.Validate(failures);
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", failures));
        }

        var pem = !string.IsNullOrWhiteSpace(options.PrivateKeyPem) ? options.PrivateKeyPem : File.ReadAllText(options.PrivateKeyPath!);
        if (options.Algorithm == DkimAlgorithm.RsaSha256)
        {
            using var rsa = RSA.Create();
            try
            {
                rsa.ImportFromPem(pem);
            }
            catch (ArgumentException exception)
            {
                throw new InvalidOperationException("Mailing:Dkim: the PEM holds no RSA private key.", exception);
            }

            if (rsa.KeySize < 1024)
            {
                throw new InvalidOperationException("Mailing:Dkim: RSA keys must have at least 1024 bits (2048 recommended).");
            }

            var parameters = rsa.ExportParameters(includePrivateParameters: true);
            return new DkimSigningKey(options, DotNetUtilities.GetRsaKeyPair(parameters).Private, parameters);
        }

        using var reader = new PemReader(new StringReader(pem));
        var key = reader.ReadObject() switch
        {
            Ed25519PrivateKeyParameters ed => ed,
            AsymmetricCipherKeyPair { Private: Ed25519PrivateKeyParameters ed } => ed,
            _ => throw new InvalidOperationException("Mailing:Dkim: the PEM holds no Ed25519 private key (PKCS#8 expected)."),
        };
        return new DkimSigningKey(options, key, null);
    }

    /// <summary>A signer for one worker; dispose it with the worker.</summary>
    public DkimMessageSigner CreateSigner(TimeProvider timeProvider)
    {
        var algorithm = Options.Algorithm == DkimAlgorithm.RsaSha256 ? DkimSignatureAlgorithm.RsaSha256 : DkimSignatureAlgorithm.Ed25519Sha256;
        var signer = new DkimMessageSigner(_key, Options.Domain, Options.Selector, algorithm, _rsa is { } p ? RSA.Create(p) : null, timeProvider)
        {
            HeaderCanonicalizationAlgorithm = Map(Options.HeaderCanonicalization),
            BodyCanonicalizationAlgorithm = Map(Options.BodyCanonicalization),
        };
        return signer;
    }

    /// <summary>The same key through MimeKit's default (BouncyCastle) path, for comparison in benchmarks and tests.</summary>
    public DkimMessageSigner CreateManagedSigner(TimeProvider timeProvider) => new(_key, Options.Domain, Options.Selector,
        Options.Algorithm == DkimAlgorithm.RsaSha256 ? DkimSignatureAlgorithm.RsaSha256 : DkimSignatureAlgorithm.Ed25519Sha256, null, timeProvider)
    {
        HeaderCanonicalizationAlgorithm = Map(Options.HeaderCanonicalization),
        BodyCanonicalizationAlgorithm = Map(Options.BodyCanonicalization),
    };

    private static DkimCanonicalizationAlgorithm Map(DkimCanonicalization value)
        => value == DkimCanonicalization.Simple ? DkimCanonicalizationAlgorithm.Simple : DkimCanonicalizationAlgorithm.Relaxed;

    internal static FormatOptions SigningFormat { get; } = CreateSigningFormat();

    private static FormatOptions CreateSigningFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
