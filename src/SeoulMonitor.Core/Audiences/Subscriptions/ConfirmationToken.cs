using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>The double opt-in token: 32 random bytes in base64url, stored only as its SHA-256 (lower-case hex).</summary>
public static class ConfirmationToken
{
    /// <summary>Random bytes per token.</summary>
    public const int Bytes = 32;

    /// <summary>The length of a token's text (43 characters).</summary>
    public const int Length = 43;

    /// <summary>A new token and its hash.</summary>
    public static (string Token, string Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));
        return (token, Hash(token));
    }

    /// <summary>The stored hash of a token, or null when the text cannot be a token.</summary>
    public static string? TryHash(string? token) =>
        token is { Length: Length } && Base64Url.IsValid(token) ? Hash(token) : null;

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
