using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// Renders one campaign's templates for one recipient at a time. One per worker: the writers and their buffers are
/// reused; the <see cref="TemplateContext"/> is created per message because Liquid state (<c>assign</c>,
/// <c>capture</c>, <c>increment</c>, the step counter) must never carry over from one recipient to the next.
/// Merge values are HTML-encoded in the HTML body only; the subject and the text body are rendered raw.
/// </summary>
internal sealed class TemplateRenderer : IDisposable
{
    /// <summary>Encodes &lt; &gt; &amp; ' " but leaves Hangul and every other letter as it is.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly CampaignTemplates _templates;
    private readonly TemplateOptions _options;
    private readonly BoundedStringWriter _subject = new(MessageLimits.MaxRenderedSubjectLength * 4);
    private readonly BoundedStringWriter _html = new(MessageLimits.MaxRenderedBodyLength);
    private readonly BoundedStringWriter _text = new(MessageLimits.MaxRenderedBodyLength);

    public TemplateRenderer(CampaignTemplates templates, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _templates = templates;
        _options = new TemplateOptions
        {
            MaxSteps = MessageLimits.MaxRenderSteps,
            MaxRecursion = MessageLimits.MaxRecursion,
            Now = timeProvider.GetLocalNow,
        };
    }

    /// <summary>The rendered subject (control characters replaced), valid after a successful <see cref="TryRender"/>.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>The rendered HTML body, or <see langword="null"/> when the campaign has none.</summary>
    public StringBuilder? HtmlBody => _templates.HasHtml ? _html.Builder : null;

    /// <summary>The rendered text body, or <see langword="null"/> when the campaign has none.</summary>
    public StringBuilder? TextBody => _templates.HasText ? _text.Builder : null;

    /// <summary>
    /// Renders the subject and bodies for <paramref name="delivery"/>. The built-in fields <c>recipient_id</c>,
    /// <c>address</c> and <c>unsubscribe_url</c> win over merge fields of the same name.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "A filter failing on one recipient's data fails that recipient, not the worker.")]
    public bool TryRender(LeasedDelivery delivery, string? unsubscribeUrl, out string? error)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!FieldsWithinLimits(delivery.Fields, out error))
        {
            return false;
        }

        try
        {
            if (!RenderPart(_templates.Subject, _templates.SubjectSegments, NullEncoder.Default, _subject, delivery, unsubscribeUrl, TemplatePart.Subject, out error)
                || (_templates.Html is { } html && !RenderPart(html, _templates.HtmlSegments, Html, _html, delivery, unsubscribeUrl, TemplatePart.Html, out error))
                || (_templates.Text is { } text && !RenderPart(text, _templates.TextSegments, NullEncoder.Default, _text, delivery, unsubscribeUrl, TemplatePart.Text, out error)))
            {
                return false;
            }
        }
        catch (Exception exception)
        {
            error = $"Rendering failed: {exception.Message}";
            return false;
        }

        Subject = HeaderText.Sanitize(_subject.Builder);
        if (Subject.Length > MessageLimits.MaxRenderedSubjectLength)
        {
            error = $"The rendered subject has {Subject.Length} characters; the limit is {MessageLimits.MaxRenderedSubjectLength}.";
            return false;
        }

        return true;
    }

    private bool RenderPart(
        IFluidTemplate template, TemplateSegments? segments, TextEncoder encoder, BoundedStringWriter writer, LeasedDelivery delivery,
        string? unsubscribeUrl, TemplatePart part, out string? error)
    {
        writer.Reset();
        if (segments is not null)
        {
            // Text and plain merge fields only: the same output as Fluid's, without a Liquid context per recipient.
            segments.Render(writer, encoder, new RecipientValues(delivery, unsubscribeUrl));
        }
        else
        {
            RenderWithFluid(template, encoder, writer, delivery, unsubscribeUrl);
        }

        error = writer.Overflowed ? $"The rendered {part} is over the limit ({MessageLimits.MaxRenderedBodyLength} characters)." : null;
        return !writer.Overflowed;
    }

    private void RenderWithFluid(IFluidTemplate template, TextEncoder encoder, BoundedStringWriter writer, LeasedDelivery delivery, string? unsubscribeUrl)
    {
        var context = new TemplateContext(_options);
        foreach (var (name, value) in delivery.Fields)
        {
            context.SetValue(name, new StringValue(value));
        }

        context.SetValue("recipient_id", new StringValue(delivery.RecipientId));
        context.SetValue("address", new StringValue(delivery.Address));
        context.SetValue("unsubscribe_url", unsubscribeUrl is null ? NilValue.Instance : new StringValue(unsubscribeUrl));
        var rendering = template.RenderAsync(writer, encoder, context);
        if (!rendering.IsCompletedSuccessfully)
        {
            // Only custom async filters complete late; the built-in ones and string values are synchronous.
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }

    public void Dispose()
    {
        _subject.Dispose();
        _html.Dispose();
        _text.Dispose();
    }

    private static bool FieldsWithinLimits(IReadOnlyDictionary<string, string> fields, out string? error)
    {
        error = null;
        if (fields.Count > MessageLimits.MaxFieldCount)
        {
            error = $"The recipient has {fields.Count} merge fields; the limit is {MessageLimits.MaxFieldCount}.";
            return false;
        }

        foreach (var (name, value) in fields)
        {
            if (name.Length > MessageLimits.MaxFieldNameLength || value.Length > MessageLimits.MaxFieldValueLength)
            {
                error = $"The merge field '{name[..Math.Min(name.Length, MessageLimits.MaxFieldNameLength)]}' is over the limits "
                    + $"({MessageLimits.MaxFieldNameLength} characters for a name, {MessageLimits.MaxFieldValueLength} for a value).";
                return false;
            }
        }

        return true;
    }
}
