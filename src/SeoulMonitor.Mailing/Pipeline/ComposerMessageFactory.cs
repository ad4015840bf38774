using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The engine's message factory on the messages area: templates compiled once per campaign into a shared
/// <see cref="MessageComposer"/> (with the node's DKIM key and unsubscribe settings); each worker gets a
/// <see cref="ComposerMessageWriter"/> holding one <see cref="MessageWriter"/> (one reused wire buffer) per campaign.
/// </summary>
internal sealed class ComposerMessageFactory : IMessageFactory
{
    private readonly ConcurrentDictionary<Guid, Lazy<MessageComposer>> _composers = new();
    private readonly MailingOptions _options;
    private readonly Lazy<DkimSigningKey?> _dkim;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ComposerMessageFactory(IOptions<MailingOptions> options, TimeProvider time, ILogger<ComposerMessageFactory> logger)
    {
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _dkim = new Lazy<DkimSigningKey?>(() => DkimSigningKey.Load(_options.Dkim));
    }

    public MailingError? Validate(MessageTemplate template)
    {
        var compiled = CampaignTemplates.Compile(template);
        return compiled.Succeeded ? null
            : compiled.FailedPart is null ? MailingErrors.TemplateBodyMissing()
            : MailingErrors.TemplateInvalid($"{compiled.FailedPart}: {compiled.Error}");
    }

    public void EnsureReady() => _ = _dkim.Value;

    public IMessageWriter CreateWriter() => new ComposerMessageWriter(this);

    /// <summary>The campaign's composer, created once and shared by every worker.</summary>
    internal MessageComposer ComposerOf(CampaignDefinition campaign) =>
        _composers.GetOrAdd(campaign.Id, static (_, state) => new Lazy<MessageComposer>(() => state.Self.Create(state.Campaign)), (Self: this, Campaign: campaign)).Value;

    private MessageComposer Create(CampaignDefinition campaign)
    {
        var compiled = CampaignTemplates.Compile(campaign.Template);
        if (!compiled.Succeeded)
        {
            // Templates are validated when a campaign is created; a stored one that fails is a programmer error.
            throw new InvalidOperationException($"The campaign's template does not compile: {compiled.Error}");
        }

        return new MessageComposer(campaign, compiled.Templates, _options.Unsubscribe, _dkim.Value, _time, _logger,
            returnPaths: campaign.Channel == DeliveryChannel.Email ? Bounces.ReturnPathTokens.FromOptions(_options.Bounces) : null);
    }
}
