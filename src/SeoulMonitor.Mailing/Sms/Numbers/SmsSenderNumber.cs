using System.Text.RegularExpressions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms.Numbers;

/// <summary>
/// A caller number an SMS may come from (korea-rules §3.4: pre-registered, 8–11 digits), normalised to its digits.
/// Accepted shapes: a 010 mobile number (<see cref="KoreanMobileNumber"/>'s rule); Seoul <c>02</c> + 7 or 8 digits;
/// another area code (<c>031</c>–<c>064</c>) or <c>070</c> + 7 or 8 digits; a representative number
/// <c>15xx</c>/<c>16xx</c>/<c>18xx</c> + 4 digits (<c>1588-1234</c>). Spaces, hyphens and dots are dropped; anything
/// else is <c>sms.sender.invalid</c>.
/// </summary>
public static partial class SmsSenderNumber
{
    /// <summary>The longest input accepted.</summary>
    public const int InputMaxLength = 20;

    /// <summary>The digits of a valid sender number, or <c>sms.sender.invalid</c>.</summary>
    public static MailingResult<string> Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > InputMaxLength || PhoneDigits.Strip(value, allowPlus: false) is not { } digits)
        {
            return SmsNumberErrors.SenderInvalid(value);
        }

        if (digits.StartsWith("01", StringComparison.Ordinal))
        {
            return KoreanMobileNumber.Parse(digits) is { IsSuccess: true } mobile ? mobile.Value.Digits : SmsNumberErrors.SenderInvalid(value);
        }

        return Landline().IsMatch(digits) || Representative().IsMatch(digits) ? digits : SmsNumberErrors.SenderInvalid(value);
    }

    [GeneratedRegex("^(?:02|0[3-6][1-5]|070)[2-9][0-9]{6,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();

    [GeneratedRegex("^1[568][0-9]{2}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Representative();
}
