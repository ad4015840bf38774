using System.Text.RegularExpressions;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Sms.Rules;

/// <summary>
/// The rules of an SMS campaign's template. How merge fields are counted (the stated rule): at creation the template's
/// fixed text (the text template with every <c>{{ … }}</c> output and <c>{% … %}</c> tag removed) must be encodable,
/// fit an LMS and, for advertising, carry the labels; at send time (and in a preview) each recipient's rendered text is
/// checked again by the same rules (<see cref="CheckRendered"/>: line breaks as LF, the length, and for advertising the
/// labels, which a merge field could have pushed out of place) and a recipient whose text breaks one ends Failed with
/// its code (<c>sms.text.too_long</c>, <c>sms.text.unencodable</c>, <c>sms.advertising.*</c>). A text is never truncated.
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

        var compiled = Compile(template);
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
    /// The send-time check of one recipient's rendered text, the one rule the SMS writer and the SMS preview apply:
    /// the text as it is sent (<see cref="SmsText.NormalizeLineBreaks"/>) with its measure, or the refusal that fails
    /// that recipient (too long, unencodable, or for <see cref="CampaignPurpose.Advertising"/> a label missing).
    /// </summary>
    public static MailingResult<SmsRenderedText> CheckRendered(string? rendered, CampaignPurpose purpose)
    {
        var text = rendered is null ? null : SmsText.NormalizeLineBreaks(rendered);
        var measured = SmsText.Measure(text);
        if (!measured.IsSuccess)
        {
            return measured.Error;
        }

        if (purpose == CampaignPurpose.Advertising && SmsAdvertising.Check(text!) is { } unlabelled)
        {
            return unlabelled;
        }

        return new SmsRenderedText(text!, measured.Value);
    }

    /// <summary>
    /// Compiles an SMS campaign's templates (the Liquid must compile; the LMS subject may be empty, unlike an e-mail
    /// subject, so an empty one compiles as a placeholder that <see cref="HasSubject"/> says not to use).
    /// </summary>
    public static TemplateCompileResult Compile(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return CampaignTemplates.Compile(HasSubject(template) ? template : template with { Subject = "-" });
    }

    /// <summary>Whether the template has an LMS subject of its own.</summary>
    public static bool HasSubject(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return !string.IsNullOrWhiteSpace(template.Subject);
    }

    /// <summary>The template's fixed text: every Liquid output and tag removed.</summary>
    public static string FixedText(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Liquid().Replace(template, string.Empty);
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Liquid();
}
