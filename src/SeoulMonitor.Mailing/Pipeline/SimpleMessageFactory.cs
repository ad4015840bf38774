using System.Collections.Concurrent;
using Fluid;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// A plain message factory on Fluid and MimeKit, used until the messages area's builder is wired in: templates compiled
/// once per campaign, HTML merge fields escaped, CR and LF removed from the subject, a Message-ID derived from
/// (campaign, recipient).
/// </summary>
internal sealed class SimpleMessageFactory : IMessageFactory
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<Guid, CompiledTemplate> _compiled = new();

    public MailingError? Validate(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.Html is null && template.Text is null)
        {
            return MailingErrors.TemplateBodyMissing();
        }

        foreach (var source in new[] { template.Subject, template.Html, template.Text })
        {
            if (source is not null && !Parser.TryParse(source, out _, out var error))
            {
                return MailingErrors.TemplateInvalid(error);
            }
        }

        return null;
    }

    public IMessageWriter CreateWriter() => new SimpleMessageWriter(this);

    internal CompiledTemplate GetCompiled(CampaignDefinition campaign) =>
        _compiled.GetOrAdd(campaign.Id, static (_, c) => Compile(c.Template), campaign);

    private static CompiledTemplate Compile(MessageTemplate template) =>
        new(Parse(template.Subject)!, Parse(template.Html), Parse(template.Text));

    private static IFluidTemplate? Parse(string? source) =>
        source is null ? null
        : Parser.TryParse(source, out var template, out var error) ? template
        : throw new InvalidOperationException($"The template does not compile: {error}");
}
