using Microsoft.Extensions.Options;
using MimeKit;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Sms.Gateway;
using SeoulMonitor.Mailing.Sms.Rules;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>
/// Renders a campaign's message for one recipient exactly as the engine builds it (headers, List-Unsubscribe, both
/// bodies), without sending it, storing it or signing it; for an SMS campaign, the text as the gateway would receive it
/// with its byte count and kind (the SMS writer's own rules, <see cref="Sms.Rules.SmsTemplateRules.CheckRendered"/>).
/// Thread-safe.
/// </summary>
public sealed class CampaignPreviews
{
    private static readonly Dictionary<string, string> NoFields = [];
    private readonly IDeliveryLedger _ledger;
    private readonly UnsubscribeOptions _unsubscribe;
    private readonly TimeProvider _time;

    internal CampaignPreviews(IDeliveryLedger ledger, IOptions<MailingOptions> options, TimeProvider time)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _unsubscribe = (options ?? throw new ArgumentNullException(nameof(options))).Value.Unsubscribe;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>
    /// The message of campaign <paramref name="campaignId"/> for <paramref name="recipient"/>; refused when the campaign
    /// does not exist or when this recipient's message cannot be built (<c>campaign.preview.failed</c>).
    /// </summary>
    public async Task<MailingResult<MessagePreview>> PreviewAsync(Guid campaignId, Recipient recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var record = await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return MailingErrors.NotFound();
        }

        var delivery = new LeasedDelivery(
            campaignId, 0, recipient.Id, recipient.Address, AddressKey.Domain(recipient.Address), recipient.Fields ?? NoFields, recipient.ConsentId, 0);
        if (record.Definition.Channel == DeliveryChannel.Sms)
        {
            return PreviewSms(record.Definition, delivery);
        }

        var compiled = CampaignTemplates.Compile(record.Definition.Template);
        if (!compiled.Succeeded)
        {
            return MailingErrors.TemplateInvalid(compiled.Error);
        }

        var composer = new MessageComposer(record.Definition, compiled.Templates, _unsubscribe, dkim: null, _time);
        using var writer = composer.CreateWriter();
        if (!writer.TryWrite(delivery, out var message, out var error))
        {
            return MailingErrors.PreviewFailed(error);
        }

        return await ReadBackAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The SMS as the gateway would receive it, or the refusal that would fail this recipient (<c>sms.*</c>).</summary>
    private static MessagePreview PreviewSmsText(SmsComposed composed) =>
        new(composed.Request.Subject ?? "", null, composed.Request.Text, [], composed.Measure);

    private MailingResult<MessagePreview> PreviewSms(CampaignDefinition campaign, LeasedDelivery delivery)
    {
        using var writer = new SmsWriter(static c => SmsTemplateRules.Compile(c.Template), _time);
        var composed = writer.Compose(campaign, delivery);
        return composed.IsSuccess ? PreviewSmsText(composed.Value) : composed.Error;
    }

    /// <summary>Parses the message's wire bytes, so the preview shows exactly the bytes that would be sent.</summary>
    private static async Task<MessagePreview> ReadBackAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(message.Content.ToArray(), writable: false);
        using var parsed = await MimeMessage.LoadAsync(buffer, cancellationToken).ConfigureAwait(false);
        var headers = parsed.Headers.Select(h => new KeyValuePair<string, string>(h.Field, h.Value)).ToList();
        return new MessagePreview(parsed.Subject ?? "", parsed.HtmlBody, parsed.TextBody, headers);
    }
}
