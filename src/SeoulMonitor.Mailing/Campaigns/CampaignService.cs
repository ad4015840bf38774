using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Sms.Rules;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>
/// Campaign control: create (validated), snapshot the audience, schedule, launch, pause, resume, cancel, and read
/// progress and delivery records. Every transition follows <see cref="CampaignTransitions"/> and is made through the
/// ledger with a conditional update, so it holds across nodes; expected refusals are <see cref="MailingError"/>s.
/// Usable with or without the generic host (resolve it from a service provider built with
/// <c>AddSeoulMonitorMailing</c>).
/// </summary>
public sealed partial class CampaignService
{
    /// <summary>How many recipients go to the ledger per round trip when an audience is loaded.</summary>
    public const int AudienceBatchSize = 1_000;

    private readonly IDeliveryLedger _ledger;
    private readonly IRecipientSource _recipients;
    private readonly IMessageFactory _messages;
    private readonly CampaignSignals _signals;
    private readonly ProgressTracker _progress;
    private readonly SmsCampaignRules _sms;
    private readonly PipelineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal CampaignService(
        IDeliveryLedger ledger,
        IRecipientSource recipients,
        IMessageFactory messages,
        CampaignSignals signals,
        ProgressTracker progress,
        SmsCampaignRules sms,
        IOptions<MailingOptions> options,
        TimeProvider time,
        ILogger<CampaignService> logger)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _recipients = recipients ?? throw new ArgumentNullException(nameof(recipients));
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _signals = signals ?? throw new ArgumentNullException(nameof(signals));
        _progress = progress ?? throw new ArgumentNullException(nameof(progress));
        _sms = sms ?? throw new ArgumentNullException(nameof(sms));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value.Pipeline;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Validates and stores a new campaign as a draft.</summary>
    public async Task<MailingResult<CampaignRecord>> CreateAsync(CampaignDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var now = _time.GetUtcNow();
        if ((CampaignRules.Check(definition, now) ?? (definition.Channel == DeliveryChannel.Sms ? null : _messages.Validate(definition.Template))) is { } error)
        {
            return error;
        }

        // SMS campaigns: a registered sender (stored normalised) and a template that fits (SmsTemplateRules).
        var prepared = _sms.Prepare(definition);
        if (!prepared.IsSuccess)
        {
            _logger.SmsCampaignRefused(definition.Id, prepared.Error.Code);
            return prepared.Error;
        }

        definition = prepared.Value;
        if (await _ledger.GetCampaignAsync(definition.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return MailingErrors.AlreadyExists();
        }

        await _ledger.CreateCampaignAsync(definition, now, cancellationToken).ConfigureAwait(false);
        if (definition.Channel == DeliveryChannel.Sms)
        {
            _logger.SmsCampaignCreated(definition.Id, definition.Purpose.ToString(), definition.Sender.Address);
        }

        return new CampaignRecord(definition, CampaignState.Draft, now, now, 0);
    }

    /// <summary>The campaign.</summary>
    public async Task<MailingResult<CampaignRecord>> GetAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false) is { } record
            ? record
            : MailingErrors.NotFound();

    /// <summary>
    /// Streams the audience from the <see cref="IRecipientSource"/> into the ledger in batches of
    /// <see cref="AudienceBatchSize"/> (memory does not grow with the audience; the ledger drops repeated addresses).
    /// Only a draft takes recipients; loading again adds only what is new. Returns how many were added.
    /// </summary>
    public async Task<MailingResult<long>> LoadAudienceAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        var record = await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return MailingErrors.NotFound();
        }

        if (record.State != CampaignState.Draft)
        {
            return MailingErrors.InvalidTransition(record.State, CampaignEvent.Launch);
        }

        return await SnapshotAsync(record.Definition, cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> SnapshotAsync(CampaignDefinition definition, CancellationToken cancellationToken)
    {
        var batch = new List<Recipient>(AudienceBatchSize);
        long added = 0, read = 0;
        await foreach (var recipient in _recipients.ReadAsync(definition.AudienceKey, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(recipient);
            read++;
            if (batch.Count == AudienceBatchSize)
            {
                added += await _ledger.AddRecipientsAsync(definition.Id, batch, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            added += await _ledger.AddRecipientsAsync(definition.Id, batch, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        _logger.AudienceLoaded(definition.Id, added, read);
        return added;
    }
}
