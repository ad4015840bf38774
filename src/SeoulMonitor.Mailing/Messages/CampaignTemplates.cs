using Fluid;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// A campaign's templates, parsed once (Liquid, by Fluid) and shared by every worker: parsed templates are immutable
/// and thread-safe; each worker renders with its own <see cref="TemplateRenderer"/>.
/// </summary>
public sealed class CampaignTemplates
{
    private static readonly FluidParser Parser = new();

    private CampaignTemplates(IFluidTemplate subject, IFluidTemplate? html, IFluidTemplate? text)
    {
        (Subject, Html, Text) = (subject, html, text);
        var options = new TemplateOptions();
        SubjectSegments = TemplateSegments.TryCreate(subject, options);
        HtmlSegments = html is null ? null : TemplateSegments.TryCreate(html, options);
        TextSegments = text is null ? null : TemplateSegments.TryCreate(text, options);
    }

    /// <summary>Whether the message has an HTML body.</summary>
    public bool HasHtml => Html is not null;

    /// <summary>Whether the message has a plain-text body.</summary>
    public bool HasText => Text is not null;

    internal IFluidTemplate Subject { get; }

    internal IFluidTemplate? Html { get; }

    internal IFluidTemplate? Text { get; }

    /// <summary>The subject as text and merge fields, when it is nothing more (rendered without Fluid per recipient).</summary>
    internal TemplateSegments? SubjectSegments { get; }

    /// <summary>The HTML body as text and merge fields, when it is nothing more.</summary>
    internal TemplateSegments? HtmlSegments { get; }

    /// <summary>The text body as text and merge fields, when it is nothing more.</summary>
    internal TemplateSegments? TextSegments { get; }

    /// <summary>
    /// Parses the subject, HTML and text templates. User input never throws: a syntax error, a template over
    /// <see cref="MessageLimits"/> or a message without a body comes back as a failed result naming the part.
    /// </summary>
    public static TemplateCompileResult Compile(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (string.IsNullOrWhiteSpace(template.Html) && string.IsNullOrWhiteSpace(template.Text))
        {
            return TemplateCompileResult.Failure(null, "A message needs an HTML body, a text body or both.");
        }

        if (!TryParse(TemplatePart.Subject, template.Subject, MessageLimits.MaxSubjectTemplateLength, out var subject, out var failure)
            || !TryParseOptional(TemplatePart.Html, template.Html, out var html, out failure)
            || !TryParseOptional(TemplatePart.Text, template.Text, out var text, out failure))
        {
            return failure!;
        }

        return TemplateCompileResult.Success(new CampaignTemplates(subject!, html, text));
    }

    private static bool TryParseOptional(TemplatePart part, string? source, out IFluidTemplate? parsed, out TemplateCompileResult? failure)
    {
        parsed = null;
        failure = null;
        return string.IsNullOrWhiteSpace(source) || TryParse(part, source, MessageLimits.MaxBodyTemplateLength, out parsed, out failure);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "User input must never throw; Fluid has thrown from TryParse on odd input.")]
    private static bool TryParse(TemplatePart part, string? source, int maxLength, out IFluidTemplate? parsed, out TemplateCompileResult? failure)
    {
        parsed = null;
        failure = null;
        if (string.IsNullOrWhiteSpace(source))
        {
            failure = TemplateCompileResult.Failure(part, $"The {part} template is empty.");
            return false;
        }

        if (source.Length > maxLength)
        {
            failure = TemplateCompileResult.Failure(part, $"The {part} template has {source.Length} characters; the limit is {maxLength}.");
            return false;
        }

        try
        {
            if (Parser.TryParse(source, out parsed, out var error))
            {
                return true;
            }

            failure = TemplateCompileResult.Failure(part, error ?? "The template could not be parsed.");
        }
        catch (Exception exception)
        {
            failure = TemplateCompileResult.Failure(part, exception.Message);
        }

        parsed = null;
        return false;
    }
}
