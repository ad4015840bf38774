using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Sms.Numbers;

namespace SeoulMonitor.Mailing.Sms.Rules;

/// <summary>
/// The checks of SMS campaigns: at creation the sender must be a registered caller number (stored normalised) and the
/// template must pass <see cref="SmsTemplateRules"/>; at launch an SMS gateway must be configured
/// (<see cref="SeoulMonitor.Mailing.Sms.Gateway.SmsGatewayOptions.BaseUrl"/>).
/// </summary>
internal sealed class SmsCampaignRules
{
    private readonly FrozenSet<string> _senders;
    private readonly bool _hasTransport;

    public SmsCampaignRules(IOptions<SmsRulesOptions> options, bool hasTransport)
    {
        ArgumentNullException.ThrowIfNull(options);
        _senders = options.Value.SenderNumbers
            .Select(static n => SmsSenderNumber.Normalize(n))
            .Where(static r => r.IsSuccess)
            .Select(static r => r.Value)
            .ToFrozenSet(StringComparer.Ordinal);
        _hasTransport = hasTransport;
    }

    /// <summary>The definition with its sender number normalised, or the first SMS rule it breaks.</summary>
    public MailingResult<CampaignDefinition> Prepare(CampaignDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Channel != DeliveryChannel.Sms)
        {
            return definition;
        }

        var sender = SmsSenderNumber.Normalize(definition.Sender?.Address);
        if (!sender.IsSuccess)
        {
            return sender.Error;
        }

        if (!_senders.Contains(sender.Value))
        {
            return SmsNumberErrors.SenderUnregistered(sender.Value);
        }

        if (SmsTemplateRules.Check(definition.Template, definition.Purpose) is { } error)
        {
            return error;
        }

        return definition with { Sender = definition.Sender! with { Address = sender.Value, ReturnPath = null } };
    }

    /// <summary><c>sms.transport.missing</c> for an SMS campaign when no SMS gateway is configured.</summary>
    public MailingError? CheckLaunch(CampaignDefinition definition) =>
        definition.Channel == DeliveryChannel.Sms && !_hasTransport ? SmsRuleErrors.TransportMissing() : null;
}
