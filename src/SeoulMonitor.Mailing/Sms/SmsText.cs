using System.Text;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms;

/// <summary>
/// The length rule of Korean text messages. A text is counted in EUC-KR bytes (KS X 1001, as Korean carriers count):
/// ASCII one byte, Hangul and every other KS X 1001 character two bytes. Up to <see cref="SmsMaxBytes"/> it goes as
/// SMS, up to <see cref="LmsMaxBytes"/> as LMS; longer texts are refused, never truncated. The stated rules:
/// <list type="bullet">
/// <item>Line breaks: CRLF and a lone CR are sent as LF (<see cref="NormalizeLineBreaks"/>) and count one byte each.</item>
/// <item>Characters outside strict EUC-KR are refused with the first one's position (<c>sms.text.unencodable</c>):
/// emoji, most Latin-1 letters, unpaired surrogates, and also the 8,822 Hangul syllables that only the Microsoft
/// extension (code page 949, UHC) encodes, such as 똠 or 햏, because operators accept EUC-KR only and would replace or
/// drop them silently; and control characters other than line breaks and tabs (NUL, BEL, ESC, DEL …).</item>
/// </list>
/// </summary>
public static class SmsText
{
    /// <summary>The longest SMS in bytes.</summary>
    public const int SmsMaxBytes = 90;

    /// <summary>The longest LMS in bytes.</summary>
    public const int LmsMaxBytes = 2_000;

    private static readonly Encoding Cp949 = CreateEncoding();

    /// <summary>The text's kind and byte length (line breaks counted as LF), or why it cannot be sent.</summary>
    public static MailingResult<SmsMeasure> Measure(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return MailingResult<SmsMeasure>.Failure(SmsErrors.TextEmpty());
        }

        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (< ' ' and not ('\n' or '\r' or '\t')) or '\u007f')
            {
                // Control characters (NUL, BEL, ESC …) have no place in a text and are dropped or mangled by carriers.
                return MailingResult<SmsMeasure>.Failure(SmsErrors.TextUnencodable(c.ToString(), i));
            }

            if (c < 0x80)
            {
                // CR LF and a lone CR both go out as one LF.
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                bytes++;
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (!IsEucKr(text.AsSpan(i, width)))
            {
                return MailingResult<SmsMeasure>.Failure(SmsErrors.TextUnencodable(text.Substring(i, width), i));
            }

            bytes += 2;
            i += width - 1;
        }

        return bytes <= SmsMaxBytes ? MailingResult<SmsMeasure>.Success(new SmsMeasure(SmsKind.Sms, bytes))
            : bytes <= LmsMaxBytes ? MailingResult<SmsMeasure>.Success(new SmsMeasure(SmsKind.Lms, bytes))
            : MailingResult<SmsMeasure>.Failure(SmsErrors.TextTooLong(bytes));
    }

    /// <summary>The text as it is sent: CRLF and lone CR replaced by LF (what <see cref="Measure"/> counts).</summary>
    public static string NormalizeLineBreaks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
    }

    /// <summary>
    /// Whether one non-ASCII character (or surrogate pair) is in strict EUC-KR: code page 949 encodes it as two bytes
    /// that are both in 0xA1–0xFE (UHC-only syllables have a lead byte below 0xA1 or a trail byte below 0xA1).
    /// </summary>
    private static bool IsEucKr(ReadOnlySpan<char> character)
    {
        Span<byte> buffer = stackalloc byte[8];
        int count;
        try
        {
            count = Cp949.GetBytes(character, buffer);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        return count == 2 && buffer[0] is >= 0xA1 and <= 0xFE && buffer[1] is >= 0xA1 and <= 0xFE;
    }

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
