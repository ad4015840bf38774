using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// A DKIM key loaded once from <see cref="DkimOptions"/>, shared by all workers; each worker gets its own
/// <see cref="DkimWireSigner"/> (with its own native RSA instance) from <see cref="CreateSigner"/>. Ed25519 keys are
/// read and used through BouncyCastle (.NET has no Ed25519).
/// </summary>
internal sealed class DkimSigningKey
{
    private readonly Ed25519PrivateKeyParameters? _ed25519;
    private readonly RSAParameters? _rsa;

    private DkimSigningKey(DkimOptions options, Ed25519PrivateKeyParameters? ed25519, RSAParameters? rsa)
    {
        Options = options;
        _ed25519 = ed25519;
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

            return new DkimSigningKey(options, null, rsa.ExportParameters(includePrivateParameters: true));
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
    public DkimWireSigner CreateSigner(TimeProvider timeProvider)
        => new(Options, HeadersToSign, _rsa is { } parameters ? RSA.Create(parameters) : null, _ed25519, timeProvider);
}
