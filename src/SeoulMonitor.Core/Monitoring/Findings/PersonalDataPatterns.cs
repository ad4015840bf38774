using System.Text.RegularExpressions;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// Recognises text that looks like personal data before it can reach a department: e-mail addresses, Korean phone
/// numbers (mobile and area codes, with or without separators, also +82), resident registration numbers (also
/// masked), and the names of the finding's contributing monitors.
/// </summary>
public static partial class PersonalDataPatterns
{
    /// <summary>Whether <paramref name="text"/> looks like it contains personal data.</summary>
    public static bool LooksPersonal(string text, IEnumerable<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Email().IsMatch(text) || Phone().IsMatch(text) || InternationalPhone().IsMatch(text) || ResidentNumber().IsMatch(text))
        {
            return true;
        }

        var compact = Whitespace().Replace(text, string.Empty);
        return names is not null && names
            .Select(n => Whitespace().Replace(n ?? string.Empty, string.Empty))
            .Where(n => n.Length >= 2)
            .Any(n => compact.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+\s*(@|＠)\s*[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // 010-1234-5678, 01012345678, 010 1234 5678, 02-123-4567, 031.123.4567, 070-1234-5678, 1588-1234 is not personal.
    [GeneratedRegex(@"(?<!\d)0(1[016789]|2|[3-6][1-5]|70|50[2-8])[\s.\-)]*\d{3,4}[\s.\-]*\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\+\s*82[\s.\-]*\(?0?\)?[\s.\-]*(1[016789]|2|[3-6][1-5]|70)[\s.\-)]*\d{3,4}[\s.\-]*\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPhone();

    // YYMMDD-GNNNNNN (G = 1–8), with or without the hyphen, also masked (900101-1******).
    [GeneratedRegex(@"(?<!\d)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[\s\-]*[1-8][\d*]{6}(?![\d*])", RegexOptions.CultureInvariant)]
    private static partial Regex ResidentNumber();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
