using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// The delivery-report signature: <c>X-Gateway-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 with the shared secret
/// of the ASCII timestamp (the <c>X-Gateway-Timestamp</c> header, Unix seconds), a full stop and the raw body, so that
/// neither the body nor the timestamp can be changed or replayed with another timestamp.
/// </summary>
public static class SmsWebhookSignature
{
    /// <summary>The signature's header.</summary>
    public const string SignatureHeader = "X-Gateway-Signature";

    /// <summary>The timestamp's header (Unix seconds).</summary>
    public const string TimestampHeader = "X-Gateway-Timestamp";

    private const string Prefix = "sha256=";

    /// <summary>The header value a gateway sends for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        return Prefix + Convert.ToHexStringLower(Mac(secret, timestamp, body));
    }

    /// <summary>The timestamp header value for an instant.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="signature"/> is the signature of the body and timestamp (compared in constant time).</summary>
    public static bool Verify(string secret, string timestamp, ReadOnlySpan<byte> body, string? signature)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        if (signature is null || !signature.StartsWith(Prefix, StringComparison.Ordinal) || signature.Length != Prefix.Length + 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(signature.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Mac(secret, timestamp, body));
    }

    /// <summary>
    /// The index of the first of <paramref name="secrets"/> (current first, then previous ones) under which the signature
    /// verifies, or -1; every secret is tried, each in constant time.
    /// </summary>
    public static int Match(IReadOnlyList<string> secrets, string timestamp, ReadOnlySpan<byte> body, string? signature)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var match = -1;
        for (var i = 0; i < secrets.Count; i++)
        {
            if (Verify(secrets[i], timestamp, body, signature) && match < 0)
            {
                match = i;
            }
        }

        return match;
    }

    private static byte[] Mac(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
