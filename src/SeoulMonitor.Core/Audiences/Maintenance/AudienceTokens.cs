using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// Signed, expiring tokens for the audiences' links (re-consent, data-request confirmation): <c>payload.mac</c>, both
/// base64url, where the payload is <c>purpose|subject|expiry (unix seconds)</c> and the mac its HMAC-SHA256. Nothing is
/// stored; a token for one purpose is never accepted for another; a changed byte or a passed expiry is refused.
/// </summary>
public sealed class AudienceTokens
{
    /// <summary>Longest token accepted (longer input is refused before any work).</summary>
    public const int MaxLength = 400;

    private readonly byte[] _key;

    /// <summary>Creates the signer from the configured key (or a random key when none is configured).</summary>
    public AudienceTokens(IOptions<ConsentMaintenanceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.SigningKey;
        _key = string.IsNullOrEmpty(configured)
            ? RandomNumberGenerator.GetBytes(32)
            : DecodeKey(configured) ?? throw new OptionsValidationException(nameof(ConsentMaintenanceOptions), typeof(ConsentMaintenanceOptions), ["SigningKey must be base64 of at least 32 bytes."]);
    }

    /// <summary>A token for <paramref name="subject"/> (no '|') under <paramref name="purpose"/>, valid until <paramref name="expiresAt"/>.</summary>
    public string Create(string purpose, string subject, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (purpose.Contains('|', StringComparison.Ordinal) || subject.Contains('|', StringComparison.Ordinal))
        {
            throw new ArgumentException("Token parts may not contain '|'.", nameof(subject));
        }

        var payload = Encoding.UTF8.GetBytes($"{purpose}|{subject}|{expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Reads a token of <paramref name="purpose"/> at <paramref name="now"/>.</summary>
    public AudienceTokenCheck Read(string purpose, string? token, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return AudienceTokenCheck.Forged;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(token[..dot], out var payload) || !TryDecode(token[(dot + 1)..], out var mac) ||
            !CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(_key, payload)))
        {
            return AudienceTokenCheck.Forged;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 3 || parts[0] != purpose ||
            !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return AudienceTokenCheck.Forged;
        }

        return now.ToUnixTimeSeconds() >= expiry ? AudienceTokenCheck.Expired : new AudienceTokenCheck(AudienceTokenStatus.Valid, parts[1]);
    }

    /// <summary>The key bytes of a base64 key of at least 32 bytes, or null.</summary>
    internal static byte[]? DecodeKey(string value)
    {
        try
        {
            var bytes = Convert.FromBase64String(value);
            return bytes.Length >= 32 ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }
}
