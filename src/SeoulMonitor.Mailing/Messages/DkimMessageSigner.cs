using System.Security.Cryptography;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// MimeKit's <see cref="DkimSigner"/> with two changes: rsa-sha256 signs through a native <see cref="RSA"/> owned by
/// this instance (MimeKit's default is BouncyCastle's managed RSA, several milliseconds a message), and the
/// signature's timestamp (<c>t=</c>) comes from <see cref="TimeProvider"/>. One per worker (the native key and the
/// signing context are not shared); ed25519-sha256 keeps MimeKit's BouncyCastle path.
/// </summary>
internal sealed class DkimMessageSigner : DkimSigner, IDisposable
{
    private readonly RSA? _rsa;
    private readonly NativeRsaSha256Signer? _native;
    private readonly TimeProvider _timeProvider;

    public DkimMessageSigner(
        AsymmetricKeyParameter key, string domain, string selector, DkimSignatureAlgorithm algorithm, RSA? nativeRsa, TimeProvider timeProvider)
        : base(key, domain, selector, algorithm)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _rsa = nativeRsa;
        _native = nativeRsa is null ? null : new NativeRsaSha256Signer(nativeRsa);
    }

    /// <summary>Whether rsa-sha256 goes through the native RSA.</summary>
    public bool IsNative => _native is not null;

    public void Dispose() => _rsa?.Dispose();

    /// <inheritdoc/>
    protected override ISigner CreateSigningContext()
    {
        if (_native is null)
        {
            return base.CreateSigningContext();
        }

        _native.Reset();
        return _native;
    }

    /// <inheritdoc/>
    protected override long GetTimestamp() => _timeProvider.GetUtcNow().ToUnixTimeSeconds();
}
