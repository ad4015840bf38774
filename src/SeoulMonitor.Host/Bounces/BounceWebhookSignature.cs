using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Host.Bounces;

/// <summary>The webhook's signature: <c>sha256=</c> and the lower-case hex of HMAC-SHA256(key, timestamp "." body), compared in constant time.</summary>
public static class BounceWebhookSignature
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Bounce-Signature";

    /// <summary>The timestamp header (unix seconds).</summary>
    public const string TimestampHeader = "X-Bounce-Timestamp";

    /// <summary>The header value for a body sent at <paramref name="timestamp"/> (for senders and tests).</summary>
    public static string Sign(ReadOnlySpan<byte> key, long timestamp, ReadOnlySpan<byte> body) => "sha256=" + Convert.ToHexStringLower(Mac(key, timestamp, body));

    /// <summary>Whether the signature and the timestamp are valid at <paramref name="now"/>.</summary>
    public static bool Verify(ReadOnlySpan<byte> key, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > tolerance.TotalSeconds
            || signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal) || signature.Length != 7 + 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[32];
        try
        {
            if (Convert.FromHexString(signature.AsSpan(7), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            {
                return false;
            }
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Mac(key, seconds, body), given);
    }

    /// <summary>
    /// The index of the first of <paramref name="keys"/> (current first, then previous ones) under which the signature
    /// and timestamp are valid, or -1 (also for no keys); every key is tried, each in constant time.
    /// </summary>
    public static int Match(IReadOnlyList<byte[]> keys, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var match = -1;
        for (var i = 0; i < keys.Count; i++)
        {
            if (Verify(keys[i], timestamp, signature, body, now, tolerance) && match < 0)
            {
                match = i;
            }
        }

        return match;
    }

    private static byte[] Mac(ReadOnlySpan<byte> key, long timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
