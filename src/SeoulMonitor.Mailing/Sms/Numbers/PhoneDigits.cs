using System.Text;

namespace SeoulMonitor.Mailing.Sms.Numbers;

/// <summary>Strips the separators people write in Korean phone numbers.</summary>
internal static class PhoneDigits
{
    /// <summary>
    /// The digits of <paramref name="value"/> with spaces, hyphens and dots dropped (and a leading <c>+</c> when
    /// <paramref name="allowPlus"/>), or <see langword="null"/> when anything else occurs.
    /// </summary>
    public static string? Strip(string value, bool allowPlus)
    {
        var text = value.Trim();
        var digits = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.') && !(allowPlus && c == '+' && i == 0))
            {
                return null;
            }
        }

        return digits.ToString();
    }
}
