using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// The file name of a message in the pickup directory: <c>{Message-ID sanitized}.eml</c>. Characters outside
/// <c>[A-Za-z0-9._@+-]</c> become <c>_</c>, and then a hash of the original Message-ID is appended so that two ids that
/// differ only in those characters never share a file. The same Message-ID always gives the same name, so a message sent
/// twice (a retry after a crash) replaces its file instead of duplicating it.
/// </summary>
internal static class PickupFileName
{
    /// <summary>The longest sanitized stem kept (file systems allow 255 bytes per name).</summary>
    public const int MaxStemLength = 160;

    /// <summary>The extension of complete message files; readers must ignore every other file.</summary>
    public const string Extension = ".eml";

    /// <summary>The name for a message with this Message-ID (null or empty when it has none).</summary>
    public static string For(string? messageId)
    {
        if (string.IsNullOrWhiteSpace(messageId))
        {
            return $"no-id-{Guid.NewGuid():N}{Extension}";
        }

        var builder = new StringBuilder(Math.Min(messageId.Length, MaxStemLength) + 24);
        var altered = messageId.Length > MaxStemLength;
        foreach (var c in messageId.AsSpan(0, Math.Min(messageId.Length, MaxStemLength)))
        {
            var keep = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '@' or '+' or '-';
            altered |= !keep || c == '_';
            builder.Append(keep ? c : '_');
        }

        if (builder[0] == '.')
        {
            builder[0] = '_';
            altered = true;
        }

        if (altered)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(messageId));
            builder.Append('-').Append(Convert.ToHexStringLower(hash, 0, 8));
        }

        return builder.Append(Extension).ToString();
    }
}
