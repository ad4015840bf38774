using System.Text.RegularExpressions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Sms.Rules;

/// <summary>
/// The labels an advertising SMS must carry (정보통신망법 Art. 50 ④, 시행령 별표 6; korea-rules §2.2): the text begins
/// with <see cref="Label"/> exactly, and contains <see cref="OptOutWord"/> followed by a free 080 number
/// (<c>무료거부 080-123-4567</c>, with or without hyphens, spaces or a colon between). Both count toward the length.
/// </summary>
public static partial class SmsAdvertising
{
    /// <summary>The label that must open the text.</summary>
    public const string Label = "(광고)";

    /// <summary>The free opt-out word.</summary>
    public const string OptOutWord = "무료거부";

    /// <summary>The first label rule <paramref name="text"/> breaks, or <see langword="null"/>.</summary>
    public static MailingError? Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(Label, StringComparison.Ordinal))
        {
            return SmsRuleErrors.LabelMissing();
        }

        return OptOut().IsMatch(text) ? null : SmsRuleErrors.OptOutMissing();
    }

    [GeneratedRegex(@"무료거부\s*:?\s*080[-. ]?[0-9]{3,4}[-. ]?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OptOut();
}
