using System.Buffers;

namespace SeoulMonitor.Core.Monitoring.Files;

/// <summary>
/// The keys of the file store: content addresses <c>{area}/{h0h1}/{h2h3}/{sha256}</c> of lower-case letters, digits,
/// <c>-</c>, <c>_</c> and <c>/</c> only, so a key can never leave the store's root (no <c>..</c>, no absolute paths).
/// </summary>
public static class FileKeys
{
    /// <summary>Longest key, in characters.</summary>
    public const int MaxLength = 200;

    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_/");

    /// <summary>The key of a photo with the given SHA-256 (64 lower-case hex digits).</summary>
    public static string Photo(string sha256) => ContentAddress("photos", sha256);

    /// <summary>
    /// The key of an upload being received (<c>uploads/&lt;id&gt;</c>): photos are streamed there while the request is
    /// read, checked from there, and removed by whoever staged them once the submission is stored or refused.
    /// </summary>
    public static string Upload(Guid id) => $"uploads/{id:N}";

    /// <summary>The content address of <paramref name="sha256"/> within <paramref name="area"/>.</summary>
    public static string ContentAddress(string area, string sha256)
    {
        if (!IsSha256(sha256))
        {
            throw new ArgumentException("A content address needs a SHA-256 of 64 lower-case hex digits.", nameof(sha256));
        }

        var key = $"{area}/{sha256[..2]}/{sha256[2..4]}/{sha256}";
        return IsValid(key) ? key : throw new ArgumentException("The area must be lower-case letters, digits, '-' or '_'.", nameof(area));
    }

    /// <summary>Whether <paramref name="key"/> is a well-formed key: allowed characters, non-empty segments, no dot segments.</summary>
    public static bool IsValid(string? key) =>
        !string.IsNullOrEmpty(key)
        && key.Length <= MaxLength
        && !key.AsSpan().ContainsAnyExcept(Allowed)
        && key.Split('/').All(static segment => segment.Length > 0);

    private static bool IsSha256(string? value) =>
        value is { Length: 64 } && value.All(static c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
