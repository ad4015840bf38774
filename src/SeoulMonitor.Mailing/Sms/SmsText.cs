using System.Text;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms;

/// <summary>
/// The length rule of Korean text messages: a text is counted in code page 949 bytes (EUC-KR with the unified Hangul
/// code, as Korean carriers count: Hangul and other double-byte characters two bytes, ASCII one). Up to
/// <see cref="SmsMaxBytes"/> it goes as SMS, up to <see cref="LmsMaxBytes"/> as LMS; longer texts are refused, never
/// truncated. The stated rule for characters code page 949 cannot encode (emoji, most non-Korean scripts): the text is
/// refused with the first such character's position, because carriers would replace or drop it silently.
/// </summary>
public static class SmsText
{
    /// <summary>The longest SMS in bytes.</summary>
    public const int SmsMaxBytes = 90;

    /// <summary>The longest LMS in bytes.</summary>
    public const int LmsMaxBytes = 2_000;

    private static readonly Encoding Cp949 = CreateEncoding();

    /// <summary>The text's kind and byte length, or why it cannot be sent.</summary>
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
            if (c < 0x80)
            {
                bytes++;
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var count = ByteCount(text.AsSpan(i, width));
            if (count <= 0)
            {
                return MailingResult<SmsMeasure>.Failure(SmsErrors.TextUnencodable(text.Substring(i, width), i));
            }

            bytes += count;
            i += width - 1;
        }

        return bytes <= SmsMaxBytes ? MailingResult<SmsMeasure>.Success(new SmsMeasure(SmsKind.Sms, bytes))
            : bytes <= LmsMaxBytes ? MailingResult<SmsMeasure>.Success(new SmsMeasure(SmsKind.Lms, bytes))
            : MailingResult<SmsMeasure>.Failure(SmsErrors.TextTooLong(bytes));
    }

    /// <summary>The bytes of one character (or surrogate pair); 0 when code page 949 cannot encode it.</summary>
    private static int ByteCount(ReadOnlySpan<char> character)
    {
        try
        {
            return Cp949.GetByteCount(character);
        }
        catch (EncoderFallbackException)
        {
            return 0;
        }
    }

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
