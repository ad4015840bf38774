using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using MimeKit;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>Renders one recipient's message with MimeKit's ordinary types (one new message per call).</summary>
internal sealed class SimpleMessageWriter(SimpleMessageFactory factory) : IMessageWriter
{
    public MimeMessage Write(CampaignDefinition campaign, LeasedDelivery delivery)
    {
        var compiled = factory.GetCompiled(campaign);
        var context = new TemplateContext();
        foreach (var (name, value) in delivery.Fields)
        {
            context.SetValue(name, new StringValue(value));
        }

        var subject = compiled.Subject.Render(context).ReplaceLineEndings(" ");
        var body = new BodyBuilder
        {
            HtmlBody = compiled.Html?.Render(context, HtmlEncoder.Default),
            TextBody = compiled.Text?.Render(context),
        };
        var message = new MimeMessage { Subject = subject, Body = body.ToMessageBody() };
        message.From.Add(new MailboxAddress(campaign.Sender.DisplayName, campaign.Sender.Address));
        message.To.Add(MailboxAddress.Parse(delivery.Address));
        var domain = campaign.Sender.Address[(campaign.Sender.Address.LastIndexOf('@') + 1)..];
        message.MessageId = string.Create(CultureInfo.InvariantCulture, $"{campaign.Id:N}.{delivery.Sequence}@{domain}");
        return message;
    }

    public void Dispose()
    {
    }
}
