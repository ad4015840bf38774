namespace SeoulMonitor.Host.Bounces;

/// <summary>
/// The bounce webhook <c>POST /webhooks/bounces</c> (section <c>BounceWebhook</c>). The sender signs each call:
/// <c>X-Bounce-Timestamp: &lt;unix seconds&gt;</c> and <c>X-Bounce-Signature: sha256=&lt;hex HMAC-SHA256(secret,
/// timestamp "." body)&gt;</c>. Without a <see cref="SigningKey"/> the webhook refuses every call. To rotate the key,
/// move the old one to <see cref="PreviousSigningKeys"/> while the sender switches, then remove it.
/// </summary>
public sealed class BounceWebhookOptions
{
    /// <summary>The smallest key accepted, in bytes.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>The HMAC key, base64, at least <see cref="MinimumKeyBytes"/> bytes once decoded.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Keys rotated out that still verify signatures: base64, each at least <see cref="MinimumKeyBytes"/> bytes, at most
    /// <see cref="Mailing.Bounces.BounceOptions.MaxPreviousKeys"/>, no duplicates and not the current key.
    /// </summary>
    public IList<string> PreviousSigningKeys { get; } = [];

    /// <summary>The largest body accepted (default 1 MiB, 4 KiB–1 MiB; the host's request limit is 1 MiB); larger is 413.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How far the timestamp may be from the host's clock, either way (default 5 minutes, 30 seconds–1 hour).</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The decoded key, or <see langword="null"/>.</summary>
    internal byte[]? Key() => Decode(SigningKey);

    /// <summary>The keys that verify: the current one first, then the valid previous ones; empty without a current key.</summary>
    internal IReadOnlyList<byte[]> VerifyingKeys() =>
        Key() is { } current ? [current, .. PreviousSigningKeys.Select(Decode).OfType<byte[]>()] : [];

    internal static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }
}
