using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// The citizen's signed tokens: <c>base64url(payload).base64url(HMAC-SHA256(key, payload))</c>, where the payload is a
/// purpose byte, a 16-byte id and three 8-byte numbers (meaning set by the purpose; 0 = none). Checked in
/// constant time; anything malformed, forged or of another purpose is refused the same way. Thread-safe.
/// </summary>
public sealed class SignedTokens
{
    /// <summary>The longest token text accepted.</summary>
    public const int MaxLength = 200;

    private const int PayloadLength = 1 + 16 + 8 + 8 + 8;
    private readonly byte[] _key;

    /// <summary>Creates the signer over <paramref name="key"/> (at least 32 bytes).</summary>
    public SignedTokens(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("The signing key must have at least 32 bytes.", nameof(key));
        }

        _key = [.. key];
    }

    /// <summary>The key of a base64 text, or null when it is not base64 of at least 32 bytes.</summary>
    public static byte[]? DecodeKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var key = Convert.FromBase64String(text.Trim());
            return key.Length >= 32 ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Signs a token.</summary>
    public string Create(TokenPurpose purpose, Guid id, long a, long b, long c)
    {
        var payload = new byte[PayloadLength];
        payload[0] = (byte)purpose;
        id.TryWriteBytes(payload.AsSpan(1, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(17, 8), a);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(25, 8), b);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(33, 8), c);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Reads a token of <paramref name="purpose"/> whose signature is genuine; false otherwise.</summary>
    public bool TryRead(TokenPurpose purpose, string? token, out Guid id, out long a, out long b, out long c)
    {
        (id, a, b, c) = (Guid.Empty, 0, 0, 0);
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength || token.Split('.') is not [var body, var mac])
        {
            return false;
        }

        var payload = new byte[PayloadLength];
        var signature = new byte[32];
        // TryDecodeFromChars throws (rather than returns false) on text that is not base64url at all: check first.
        if (!Base64Url.IsValid(body, out var bodyLength) || bodyLength != PayloadLength || !Base64Url.IsValid(mac, out var macLength) || macLength != 32 ||
            !Base64Url.TryDecodeFromChars(body, payload, out var read) || read != PayloadLength ||
            !Base64Url.TryDecodeFromChars(mac, signature, out var macRead) || macRead != 32 ||
            !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature) ||
            payload[0] != (byte)purpose)
        {
            return false;
        }

        id = new Guid(payload.AsSpan(1, 16));
        a = BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(17, 8));
        b = BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(25, 8));
        c = BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(33, 8));
        return true;
    }
}
