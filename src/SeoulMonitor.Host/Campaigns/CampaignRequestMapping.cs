using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>Turns a create request into the engine's definition, or the problem with the request's shape.</summary>
internal static class CampaignRequestMapping
{
    public static bool TryMap(
        CreateCampaignRequest request, DateTimeOffset now, [NotNullWhen(true)] out CampaignDefinition? definition, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        definition = null;
        var channel = DeliveryChannel.Email;
        var priority = CampaignPriority.Normal;
        var purpose = CampaignPurpose.Informational;
        problem =
            request.Channel is not null && !CallerProblems.TryParseName(request.Channel, out channel) ? CallerProblems.InvalidChoice<DeliveryChannel>("campaign.channel.invalid", "channel")
            : request.Purpose is not null && !CallerProblems.TryParseName(request.Purpose, out purpose) ? CallerProblems.InvalidChoice<CampaignPurpose>("campaign.purpose.invalid", "purpose")
            : request.Priority is not null && !CallerProblems.TryParseName(request.Priority, out priority) ? CallerProblems.InvalidChoice<CampaignPriority>("campaign.priority.invalid", "priority")
            : request.Sender?.Address is null ? CallerProblems.Required("campaign.sender.invalid", "sender.address")
            : request.Sender.DisplayName?.Length > CampaignProblems.MaxDisplayNameLength ? CampaignProblems.DisplayNameTooLong()
            : request.Template is null ? CallerProblems.Required("campaign.subject.invalid", "template")
            : request.SendBy is null ? CallerProblems.Required("campaign.send_by.required", "sendBy")
            : request.SendBy > now + CampaignProblems.MaxSendByHorizon ? CampaignProblems.SendByTooFar()
            : null;
        if (problem is not null)
        {
            return false;
        }

        var audience = AudienceKeys.TryParse(request.Audience);
        if (!audience.IsSuccess)
        {
            problem = audience.Error.ToProblem();
            return false;
        }

        // SMS goes to a list's SMS subscribers only; an e-mail campaign never to an SMS audience.
        var smsAudience = audience.Value is { Kind: AudienceKind.List, Channel: DeliveryChannel.Sms };
        if (channel == DeliveryChannel.Sms ? !smsAudience : smsAudience)
        {
            problem = CampaignProblems.ChannelUnsupported();
            return false;
        }

        definition = new CampaignDefinition
        {
            Id = Guid.NewGuid(),
            Name = request.Name?.Trim() ?? "",
            Channel = channel,
            Sender = new MailSender(request.Sender!.Address!, request.Sender.DisplayName),
            Template = new MessageTemplate(request.Template!.Subject ?? "", request.Template.Html, request.Template.Text),
            AudienceKey = audience.Value.ToString(),
            SendAt = request.SendAt,
            SendBy = request.SendBy!.Value,
            Priority = priority,
            Purpose = purpose,
        };
        return true;
    }
}
