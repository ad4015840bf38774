using System.Text.RegularExpressions;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Sms.Rules;

/// <summary>
/// The rules of an SMS campaign's template. How merge fields are counted (the stated rule): at creation the template's
/// fixed text (the text template with every <c>{{ … }}</c> output and <c>{% … %}</c> tag removed) must be encodable,
/// fit an LMS and, for advertising, carry the labels; at send time each recipient's rendered text is measured again
/// (<see cref="CheckRendered"/>) and a recipient whose text is too long or unencodable ends Failed with
/// <c>sms.text.too_long</c> / <c>sms.text.unencodable</c>. A text is never truncated.
/// </summary>
public static partial class SmsTemplateRules
{
    /// <summary>The longest LMS subject in characters (gateways cap it at about 40).</summary>
    public const int SubjectMaxLength = 40;

    /// <summary>The first rule the template of an SMS campaign of <paramref name="purpose"/> breaks, or <see langword="null"/>.</summary>
    public static MailingError? Check(MessageTemplate? template, CampaignPurpose purpose)
    {
        if (template?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return SmsRuleErrors.TextMissing();
        }

        if (template.Html is not null)
        {
            return SmsRuleErrors.HtmlUnsupported();
        }

        if (template.Subject is { Length: > SubjectMaxLength })
        {
            return SmsRuleErrors.SubjectTooLong();
        }

        // The Liquid must compile (the LMS subject may be empty, unlike an e-mail subject).
        var compiled = CampaignTemplates.Compile(template with { Subject = string.IsNullOrWhiteSpace(template.Subject) ? "-" : template.Subject });
        if (!compiled.Succeeded)
        {
            return MailingErrors.TemplateInvalid($"{compiled.FailedPart}: {compiled.Error}");
        }

        var fixedText = FixedText(text);
        if (fixedText.Length > 0 && SmsText.Measure(fixedText) is { IsSuccess: false } refused)
        {
            return refused.Error;
        }

        return purpose == CampaignPurpose.Advertising ? SmsAdvertising.Check(fixedText) : null;
    }

    /// <summary>
    /// The send-time check of one recipient's rendered text: its measure, or the refusal that fails that recipient
    /// (the SMS message writer calls it; the text sent is <see cref="SmsText.NormalizeLineBreaks"/> of it).
    /// </summary>
    public static MailingResult<SmsMeasure> CheckRendered(string? rendered) => SmsText.Measure(rendered);

    /// <summary>The template's fixed text: every Liquid output and tag removed.</summary>
    public static string FixedText(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Liquid().Replace(template, string.Empty);
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Liquid();
}
