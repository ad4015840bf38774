using System.Text;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>Makes text from data safe for a header value: no CR, LF, NUL or other control character survives.</summary>
internal static class HeaderText
{
    /// <summary>Replaces every control character (CR, LF, NUL, TAB, DEL, C1) with a space and trims the ends.</summary>
    public static string Sanitize(StringBuilder value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                value[i] = ' ';
            }
        }

        return value.ToString().Trim();
    }

    /// <inheritdoc cref="Sanitize(StringBuilder)"/>
    public static string Sanitize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().ContainsAnyInRange('\0', '\u001f') || value.AsSpan().ContainsAnyInRange('\u007f', '\u009f')
            ? Sanitize(new StringBuilder(value))
            : value.Trim();
    }
}
