using System.Diagnostics.CodeAnalysis;
using System.Text;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary>
/// A stand-in for the SMS gateway's message writer (another part of the engine): the text as the message, refused per
/// recipient by <see cref="Mailing.Sms.Rules.SmsTemplateRules.CheckRendered"/>, so that SMS rows reach the transport.
/// </summary>
internal sealed class NightHoldTextWriter : IMessageFactory, IMessageWriter
{
    public MailingError? Validate(MessageTemplate template) => null;

    public void EnsureReady()
    {
    }

    public IMessageWriter CreateWriter() => this;

    public bool TryWrite(CampaignDefinition campaign, LeasedDelivery delivery, out OutgoingMessage message, [NotNullWhen(false)] out string? error)
    {
        var text = (campaign.Template.Text ?? "").Replace("{{ name }}", delivery.Fields.GetValueOrDefault("name"), StringComparison.Ordinal);
        var measured = Mailing.Sms.Rules.SmsTemplateRules.CheckRendered(text);
        message = measured.IsSuccess
            ? new OutgoingMessage(campaign.Sender.Address, delivery.Address, $"{campaign.Id:N}.{delivery.Sequence}", Encoding.UTF8.GetBytes(text))
            : default;
        error = measured.IsSuccess ? null : measured.Error!.Code;
        return measured.IsSuccess;
    }

    public void Dispose()
    {
    }
}
