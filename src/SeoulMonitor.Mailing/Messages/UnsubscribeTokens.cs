using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// Signed unsubscribe tokens: base64url of <c>version ‖ campaign id (16 bytes) ‖ recipient id (UTF-8) ‖
/// HMAC-SHA256(key, version ‖ campaign id ‖ recipient id)</c>. Tokens carry no expiry (an unsubscribe link must
/// keep working); rotate the key to revoke them. Thread-safe.
/// </summary>
public sealed class UnsubscribeTokens
{
    private const byte Version = 1;
    private const int MacBytes = 32;
    private const int MaxRecipientIdBytes = 512;
    private static readonly System.Buffers.SearchValues<char> TokenAlphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private readonly byte[] _key;

    /// <summary>Creates the token service from a key of at least <see cref="UnsubscribeOptions.MinimumKeyBytes"/> bytes.</summary>
    /// <exception cref="ArgumentException">The key is too short.</exception>
    public UnsubscribeTokens(ReadOnlySpan<byte> key)
    {
        if (key.Length < UnsubscribeOptions.MinimumKeyBytes)
        {
            throw new ArgumentException($"The key must have at least {UnsubscribeOptions.MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>Creates the token service from <see cref="UnsubscribeOptions.SigningKey"/>.</summary>
    /// <exception cref="ArgumentException">The options hold no valid key.</exception>
    public static UnsubscribeTokens FromOptions(UnsubscribeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = UnsubscribeOptions.TryDecodeKey(options.SigningKey)
            ?? throw new ArgumentException("Mailing:Unsubscribe:SigningKey is missing or too short.", nameof(options));
        return new UnsubscribeTokens(key);
    }

    /// <summary>The token for one recipient of one campaign (URL-safe, no padding).</summary>
    public string Create(Guid campaignId, string recipientId)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipientId);
        var idBytes = Encoding.UTF8.GetByteCount(recipientId);
        if (idBytes > MaxRecipientIdBytes)
        {
            throw new ArgumentException($"A recipient id is at most {MaxRecipientIdBytes} UTF-8 bytes.", nameof(recipientId));
        }

        Span<byte> buffer = stackalloc byte[1 + 16 + MaxRecipientIdBytes + MacBytes];
        var payloadLength = WritePayload(buffer, campaignId, recipientId);
        HMACSHA256.HashData(_key, buffer[..payloadLength], buffer.Slice(payloadLength, MacBytes));
        return Base64Url.EncodeToString(buffer[..(payloadLength + MacBytes)]);
    }

    /// <summary>
    /// Checks a token's signature in constant time and returns what it names. Never throws for malformed input.
    /// </summary>
    public bool TryValidate(string? token, out Guid campaignId, [NotNullWhen(true)] out string? recipientId)
    {
        campaignId = Guid.Empty;
        recipientId = null;
        if (string.IsNullOrEmpty(token) || token.Length > Base64Url.GetEncodedLength(1 + 16 + MaxRecipientIdBytes + MacBytes))
        {
            return false;
        }

        if (token.AsSpan().IndexOfAnyExcept(TokenAlphabet) >= 0)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[1 + 16 + MaxRecipientIdBytes + MacBytes];
        if (!Base64Url.TryDecodeFromChars(token, buffer, out var length) || length < 1 + 16 + 1 + MacBytes || buffer[0] != Version)
        {
            return false;
        }

        var payload = buffer[..(length - MacBytes)];
        Span<byte> expected = stackalloc byte[MacBytes];
        HMACSHA256.HashData(_key, payload, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, buffer.Slice(length - MacBytes, MacBytes)))
        {
            return false;
        }

        campaignId = new Guid(payload.Slice(1, 16));
        recipientId = Encoding.UTF8.GetString(payload[17..]);
        return true;
    }

    private static int WritePayload(Span<byte> buffer, Guid campaignId, string recipientId)
    {
        buffer[0] = Version;
        campaignId.TryWriteBytes(buffer.Slice(1, 16));
        return 17 + Encoding.UTF8.GetBytes(recipientId, buffer[17..]);
    }
}
