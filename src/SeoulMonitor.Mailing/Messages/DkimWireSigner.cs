using System.Buffers.Text;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// DKIM-signs messages written by a <see cref="MessageWriter"/> straight over their bytes (RFC 6376; ed25519-sha256
/// per RFC 8463): the body hash over the encoded body (<see cref="DkimBody"/>), the header hash over the fields just
/// written (<see cref="DkimHeaders"/>), one private-key operation, and the <c>DKIM-Signature</c> field in
/// <see cref="Field"/>. rsa-sha256 goes through .NET's native RSA (OpenSSL on Linux); the timestamp (<c>t=</c>)
/// comes from the <see cref="TimeProvider"/>. One per worker; not thread-safe.
/// </summary>
internal sealed class DkimWireSigner : IDisposable
{
    private const int MaxFields = 32;
    private readonly DkimOptions _options;
    private readonly string[] _headersToSign;
    private readonly RSA? _rsa;
    private readonly Ed25519PrivateKeyParameters? _ed25519;
    private readonly TimeProvider _time;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly WireBuffer _canonical = new(1024);
    private readonly WireBuffer _reduced = new(0);
    private readonly WireBuffer _prefix = new(256);
    private readonly int _prefixLineStart;
    private readonly byte[] _hash = new byte[32];
    private readonly byte[] _ed25519Signature = new byte[Ed25519.SignatureSize];

    public DkimWireSigner(DkimOptions options, string[] headersToSign, RSA? rsa, Ed25519PrivateKeyParameters? ed25519, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if ((rsa is null) == (ed25519 is null))
        {
            throw new ArgumentException("Exactly one of the RSA and Ed25519 keys is needed.", nameof(rsa));
        }

        (_options, _headersToSign, _rsa, _ed25519, _time) = (options, headersToSign, rsa, ed25519, timeProvider);
        _prefix.Write("DKIM-Signature:"u8);
        var lineStart = 0;
        HeaderEncoder.WriteToken(_prefix, "v=1;", ref lineStart);
        HeaderEncoder.WriteToken(_prefix, rsa is null ? "a=ed25519-sha256;" : "a=rsa-sha256;", ref lineStart);
        HeaderEncoder.WriteToken(_prefix, $"c={Name(options.HeaderCanonicalization)}/{Name(options.BodyCanonicalization)};", ref lineStart);
        HeaderEncoder.WriteToken(_prefix, $"d={options.Domain};", ref lineStart);
        HeaderEncoder.WriteToken(_prefix, $"s={options.Selector};", ref lineStart);
        _prefixLineStart = lineStart;
    }

    /// <summary>Whether signatures are rsa-sha256 through the native RSA.</summary>
    public bool IsNativeRsa => _rsa is not null;

    /// <summary>The <c>DKIM-Signature</c> field of the last signed message, ending with CRLF.</summary>
    public WireBuffer Field { get; } = new(1024);

    /// <summary>Signs the message in <paramref name="message"/>, whose header fields are <paramref name="fields"/> and whose body starts at <paramref name="bodyStart"/>.</summary>
    public void Sign(ReadOnlySpan<byte> message, ReadOnlySpan<HeaderField> fields, int bodyStart)
    {
        if (fields.Length > MaxFields)
        {
            throw new ArgumentException($"At most {MaxFields} header fields are signed.", nameof(fields));
        }

        DkimBody.Hash(message[bodyStart..], _options.BodyCanonicalization, _sha256, _reduced);
        _sha256.GetHashAndReset(_hash);
        var field = Field;
        field.Reset();
        field.Write(_prefix.Bytes.AsSpan(0, _prefix.Length));
        var lineStart = _prefixLineStart;
        HeaderEncoder.Fold(field, 22, ref lineStart);
        field.Write("t="u8);
        field.WriteNumber(_time.GetUtcNow().ToUnixTimeSeconds());
        field.Write((byte)';');
        _canonical.Reset();
        WriteSignedHeaders(message, fields, ref lineStart);
        HeaderEncoder.Fold(field, 48, ref lineStart);
        field.Write("bh="u8);
        Base64.EncodeToUtf8(_hash, field.Ensure(44), out _, out var written);
        field.Advance(written);
        field.Write((byte)';');
        HeaderEncoder.Fold(field, 2, ref lineStart);
        field.Write("b="u8);
        DkimHeaders.Append(field.Bytes.AsSpan(0, field.Length), _options.HeaderCanonicalization, _canonical);
        _sha256.AppendData(_canonical.Bytes.AsSpan(0, _canonical.Length));
        _sha256.GetHashAndReset(_hash);
        WriteSignature(ref lineStart);
        field.WriteCrlf();
    }

    public void Dispose()
    {
        _rsa?.Dispose();
        _sha256.Dispose();
    }

    /// <summary>
    /// Writes <c>h=</c> and canonicalizes the fields it names into <see cref="_canonical"/>: for each name, the last
    /// instance not taken yet (RFC 6376 §5.4.2); names the message lacks are left out.
    /// </summary>
    private void WriteSignedHeaders(ReadOnlySpan<byte> message, ReadOnlySpan<HeaderField> fields, ref int lineStart)
    {
        var field = Field;
        var taken = 0u;
        var first = true;
        foreach (var name in _headersToSign)
        {
            var found = -1;
            var present = false;
            for (var i = fields.Length - 1; i >= 0; i--)
            {
                if (string.Equals(fields[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    present = true;
                    if ((taken & (1u << i)) == 0)
                    {
                        found = i;
                        break;
                    }
                }
            }

            if (!present)
            {
                continue;
            }

            if (first)
            {
                HeaderEncoder.Fold(field, name.Length + 2, ref lineStart);
                field.Write("h="u8);
            }
            else
            {
                if (field.Length - lineStart + name.Length + 2 > HeaderEncoder.MaxLine)
                {
                    field.Write("\r\n "u8);
                    lineStart = field.Length - 1;
                }

                field.Write((byte)':');
            }

            field.WriteAscii(name);
            first = false;
            if (found >= 0)
            {
                taken |= 1u << found;
                DkimHeaders.Append(message[fields[found].Start..fields[found].End], _options.HeaderCanonicalization, _canonical);
            }
        }

        field.Write((byte)';');
    }

    /// <summary>Signs <see cref="_hash"/> and writes the signature in base64, folded.</summary>
    private void WriteSignature(ref int lineStart)
    {
        Span<byte> signature = stackalloc byte[_rsa is null ? Ed25519.SignatureSize : (_rsa.KeySize + 7) / 8];
        int length;
        if (_rsa is not null)
        {
            if (!_rsa.TrySignHash(_hash, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out length))
            {
                throw new CryptographicException("The RSA signature did not fit.");
            }
        }
        else
        {
            // RFC 8463: PureEdDSA over the SHA-256 hash of the canonicalized headers.
            _ed25519!.Sign(Ed25519.Algorithm.Ed25519, null, _hash, 0, _hash.Length, _ed25519Signature, 0);
            _ed25519Signature.CopyTo(signature);
            length = _ed25519Signature.Length;
        }

        Span<byte> base64 = stackalloc byte[Base64.GetMaxEncodedToUtf8Length(length)];
        Base64.EncodeToUtf8(signature[..length], base64, out _, out var written);
        ReadOnlySpan<byte> rest = base64[..written];
        var field = Field;
        while (true)
        {
            var take = Math.Clamp(HeaderEncoder.MaxLine - (field.Length - lineStart), 0, rest.Length);
            field.Write(rest[..take]);
            rest = rest[take..];
            if (rest.Length == 0)
            {
                return;
            }

            field.Write("\r\n "u8);
            lineStart = field.Length - 1;
        }
    }

    private static string Name(DkimCanonicalization value) => value == DkimCanonicalization.Simple ? "simple" : "relaxed";
}
