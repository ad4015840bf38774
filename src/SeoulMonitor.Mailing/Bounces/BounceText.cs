using System.Text;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// Makes text taken from a bounce storable and readable: control characters (NUL included, which PostgreSQL text
/// refuses) become spaces, lone surrogates are dropped, runs of white space collapse to one, and the result is cut at
/// a limit. A report is the remote server's text, so it is cleaned, not refused.
/// </summary>
internal static class BounceText
{
    /// <summary>The longest enhanced status code or feedback type kept.</summary>
    public const int MaxStatusLength = 100;

    /// <summary>The longest diagnostic kept.</summary>
    public const int MaxDiagnosticLength = 1000;

    /// <summary>The cleaned text, or <see langword="null"/> when nothing printable is left.</summary>
    public static string? Clean(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = new StringBuilder(Math.Min(value.Length, maxLength + 1));
        for (var i = 0; i < value.Length && text.Length < maxLength; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (text.Length + 2 > maxLength)
                {
                    break;
                }

                text.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                continue;
            }
            else if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }

        var result = text.ToString().Trim();
        return result.Length == 0 ? null : result;
    }
}
