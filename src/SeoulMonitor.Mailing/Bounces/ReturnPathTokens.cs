using System.Buffers.Binary;
using System.Security.Cryptography;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// VERP return paths: <c>{local}+{token}@{domain}</c>, where the token is base32 (lower case, read in either case) of
/// <c>campaign id (16 bytes) ‖ sequence (5 bytes, big-endian, so up to 2^40 − 1) ‖ HMAC-SHA256(key, "sm-verp1" ‖ id ‖
/// sequence) truncated to 10 bytes (80 bits)</c>: 31 bytes, always <see cref="TokenLength"/> characters. Parsing refuses
/// with <c>bounce.token.missing</c>, <c>bounce.token.malformed</c> or <c>bounce.token.forged</c> (checked in constant time).
/// New tokens use the current key only; previous keys (see <see cref="BounceOptions.PreviousSigningKeys"/>) still
/// verify, so a rotation keeps earlier tokens valid until their key is removed, which makes them forged. Thread-safe.
/// </summary>
public sealed class ReturnPathTokens
{
    /// <summary>The MAC's length in bytes (80 bits).</summary>
    public const int MacBytes = 10;

    /// <summary>The largest sequence a token carries.</summary>
    public const long MaxSequence = (1L << 40) - 1;

    /// <summary>The token's length in characters.</summary>
    public const int TokenLength = 50; // base32 of 16 + 5 + 10 = 31 bytes

    private const int PayloadBytes = 16 + 5;
    private static readonly byte[] Context = "sm-verp1"u8.ToArray();
    private readonly byte[] _key;
    private readonly byte[][] _previousKeys;
    private readonly string _localPart;
    private readonly string _domain;

    /// <summary>Creates the token service.</summary>
    /// <param name="key">The current key: signs new tokens and verifies.</param>
    /// <param name="localPart">The local part before the <c>+</c>.</param>
    /// <param name="domain">The return path's domain.</param>
    /// <param name="previousKeys">Keys rotated out that still verify tokens (never sign).</param>
    /// <exception cref="ArgumentException">A key is shorter than <see cref="BounceOptions.MinimumKeyBytes"/>, or the local part or domain is empty.</exception>
    public ReturnPathTokens(ReadOnlySpan<byte> key, string localPart, string domain, IEnumerable<byte[]>? previousKeys = null)
    {
        if (key.Length < BounceOptions.MinimumKeyBytes)
        {
            throw new ArgumentException($"The key must have at least {BounceOptions.MinimumKeyBytes} bytes.", nameof(key));
        }

        _previousKeys = [.. previousKeys ?? []];
        if (_previousKeys.Any(static k => k is null || k.Length < BounceOptions.MinimumKeyBytes))
        {
            throw new ArgumentException($"Every previous key must have at least {BounceOptions.MinimumKeyBytes} bytes.", nameof(previousKeys));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(localPart);
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        _key = key.ToArray();
        _localPart = localPart;
        _domain = domain;
    }

    /// <summary>The tokens of validated options, or <see langword="null"/> when VERP is not configured.</summary>
    public static ReturnPathTokens? FromOptions(BounceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = BounceOptions.TryDecodeKey(options.SigningKey);
        return key is null || string.IsNullOrWhiteSpace(options.Domain) ? null
            : new ReturnPathTokens(key, options.ReturnPathLocalPart, options.Domain, BounceOptions.DecodePrevious(options.PreviousSigningKeys));
    }

    /// <summary>The token of one ledger row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sequence is below 1 or above <see cref="MaxSequence"/>.</exception>
    public string CreateToken(Guid campaignId, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        Span<byte> buffer = stackalloc byte[PayloadBytes + MacBytes];
        WritePayload(buffer, campaignId, sequence);
        Mac(_key, buffer[..PayloadBytes], buffer[PayloadBytes..]);
        return Base32.Encode(buffer);
    }

    /// <summary>The return path of one ledger row: <c>{local}+{token}@{domain}</c>.</summary>
    public string CreateAddress(Guid campaignId, long sequence) => $"{_localPart}+{CreateToken(campaignId, sequence)}@{_domain}";

    /// <summary>
    /// The row named by a return-path address (any domain; the local part must be <c>{local}+{token}</c>, in any case).
    /// </summary>
    public MailingResult<BounceReference> ParseAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return BounceErrors.TokenMissing();
        }

        var text = address.AsSpan().Trim().Trim("<>");
        var at = text.LastIndexOf('@');
        var local = at < 0 ? text : text[..at];
        var plus = local.IndexOf('+');
        if (plus < 0 || !local[..plus].Equals(_localPart, StringComparison.OrdinalIgnoreCase))
        {
            return BounceErrors.TokenMissing();
        }

        return ParseToken(local[(plus + 1)..].ToString());
    }

    /// <summary>The row named by a bare token.</summary>
    public MailingResult<BounceReference> ParseToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return BounceErrors.TokenMissing();
        }

        Span<byte> buffer = stackalloc byte[PayloadBytes + MacBytes];
        if (token.Length != TokenLength || !Base32.TryDecode(token, buffer))
        {
            return BounceErrors.TokenMalformed();
        }

        Span<byte> expected = stackalloc byte[MacBytes];
        Mac(_key, buffer[..PayloadBytes], expected);
        var genuine = CryptographicOperations.FixedTimeEquals(expected, buffer[PayloadBytes..]);
        foreach (var previous in _previousKeys)
        {
            Mac(previous, buffer[..PayloadBytes], expected);
            genuine |= CryptographicOperations.FixedTimeEquals(expected, buffer[PayloadBytes..]);
        }

        if (!genuine)
        {
            return BounceErrors.TokenForged();
        }

        var sequence = (long)(((ulong)buffer[16] << 32) | BinaryPrimitives.ReadUInt32BigEndian(buffer.Slice(17, 4)));
        return sequence < 1 ? BounceErrors.TokenMalformed() : new BounceReference(new Guid(buffer[..16]), sequence);
    }

    private static void WritePayload(Span<byte> buffer, Guid campaignId, long sequence)
    {
        campaignId.TryWriteBytes(buffer[..16]);
        buffer[16] = (byte)(sequence >> 32);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.Slice(17, 4), (uint)sequence);
    }

    private static void Mac(byte[] key, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[Context.Length + PayloadBytes];
        Context.CopyTo(input);
        payload.CopyTo(input[Context.Length..]);
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(key, input, full);
        full[..MacBytes].CopyTo(destination);
    }
}
