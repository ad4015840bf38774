using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms.Numbers;

/// <summary>
/// A Korean mobile number, normalised to its 11 digits (<c>01012345678</c>). The rule (korea-rules §6.1, the same as
/// SeoulMonitor.Core's subscriber and monitor numbers): spaces, hyphens and dots are dropped; <c>+82 10…</c>,
/// <c>+82 010…</c> and <c>82 10…</c> (12 digits) become <c>010…</c>; the result must match <c>^010[2-9][0-9]{7}$</c>.
/// The retired 011/016/017/018/019 numbers are refused with <c>sms.number.retired</c>, 010 numbers whose middle block is
/// 0000–1999 (never assigned) with <c>sms.number.unassigned</c>, anything else with <c>sms.number.invalid</c>.
/// </summary>
public readonly record struct KoreanMobileNumber
{
    /// <summary>The longest input accepted (separators and a +82 prefix included).</summary>
    public const int InputMaxLength = 20;

    private KoreanMobileNumber(string digits) => Digits = digits;

    /// <summary>The 11 digits, <c>01012345678</c>.</summary>
    public string Digits { get; }

    /// <summary>The E.164 form, <c>+821012345678</c>.</summary>
    public string E164 => "+82" + Digits[1..];

    /// <summary>The display form, <c>010-1234-5678</c>.</summary>
    public string Display => $"{Digits[..3]}-{Digits[3..7]}-{Digits[7..]}";

    /// <summary>The normalised number, or why <paramref name="value"/> is not a Korean mobile number.</summary>
    public static MailingResult<KoreanMobileNumber> Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return SmsNumberErrors.NumberRequired();
        }

        if (value.Length > InputMaxLength || PhoneDigits.Strip(value, allowPlus: true) is not { } stripped)
        {
            return SmsNumberErrors.NumberInvalid();
        }

        var number = stripped;
        if (value.TrimStart().StartsWith('+') || (number.StartsWith("82", StringComparison.Ordinal) && number.Length == 12))
        {
            // +82 10-…, and the common +82 010-… too: the national number without its trunk 0, then 0 put back once.
            number = number.StartsWith("82", StringComparison.Ordinal) ? "0" + number[2..].TrimStart('0') : string.Empty;
        }

        if (number.Length != 11 || !number.StartsWith("01", StringComparison.Ordinal))
        {
            return SmsNumberErrors.NumberInvalid();
        }

        return number[2] switch
        {
            '0' when number[3] is '0' or '1' => SmsNumberErrors.NumberUnassigned(),
            '0' => new KoreanMobileNumber(number),
            '1' or '6' or '7' or '8' or '9' => SmsNumberErrors.NumberRetired(),
            _ => SmsNumberErrors.NumberInvalid(),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Digits ?? string.Empty;
}
