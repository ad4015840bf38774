using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>
/// Renders a campaign's message for one recipient (the one named, or the audience's first): a monitor, or for list and
/// segment audiences a subscriber (named by their public id; looked for among the first
/// <see cref="SubscriberPreviewScanLimit"/> recipients). The message shows the recipient's personal data, so the read
/// is access-logged with a required <c>purpose</c>.
/// </summary>
internal static class CampaignPreviewHandlers
{
    public const string MonitorSubject = "monitor";

    /// <summary>The access log's subject type for subscribers.</summary>
    public const string SubscriberSubject = "subscriber";

    /// <summary>How many recipients of a subscriber audience are read to find a named one.</summary>
    public const int SubscriberPreviewScanLimit = 100_000;

    public static async Task<Results<Ok<MessagePreview>, ProblemHttpResult>> PreviewAsync(
        Guid id, string? purpose, PreviewRequest? body, HttpContext http, CampaignService campaigns, CampaignPreviews previews,
        MonitorRecipientSource monitors, SubscriberRecipientSource subscribers, PersonalDataAccessLog log, CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.View, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        Guid? recipientId = null;
        if (body?.RecipientId is { } text)
        {
            if (!Guid.TryParse(text, out var parsed))
            {
                return CampaignProblems.RecipientInvalid();
            }

            recipientId = parsed;
        }

        var campaign = await campaigns.GetAsync(id, cancellationToken);
        if (!campaign.IsSuccess)
        {
            return campaign.Error.ToProblem();
        }

        var audience = campaign.Value.Definition.AudienceKey;
        var ofSubscribers = AudienceKeys.TryParse(audience) is { IsSuccess: true } key && key.Value.Kind is AudienceKind.List or AudienceKind.Segment;
        var recipient = ofSubscribers
            ? await FindSubscriberAsync(subscribers.ReadAsync(audience, cancellationToken), recipientId)
            : recipientId is { } monitorId
                ? await monitors.FindAsync(audience, monitorId, cancellationToken)
                : await FirstAsync(monitors.ReadAsync(audience, cancellationToken));
        if (recipient is null)
        {
            return recipientId is null ? CampaignProblems.AudienceEmpty() : CampaignProblems.RecipientNotInAudience();
        }

        var preview = await previews.PreviewAsync(id, recipient, cancellationToken);
        if (!preview.IsSuccess)
        {
            return preview.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, ofSubscribers ? SubscriberSubject : MonitorSubject, recipient.Id, AccessAction.View, purpose, null, 1, cancellationToken);
        return refused is null ? TypedResults.Ok(preview.Value) : refused.ToProblem();
    }

    private static async Task<Recipient?> FindSubscriberAsync(IAsyncEnumerable<Recipient> recipients, Guid? publicId)
    {
        var wanted = publicId is { } id ? SubscriberRecipientSource.RecipientId(id) : null;
        var read = 0;
        await foreach (var recipient in recipients)
        {
            if (wanted is null || string.Equals(recipient.Id, wanted, StringComparison.Ordinal))
            {
                return recipient;
            }

            if (++read >= SubscriberPreviewScanLimit)
            {
                break;
            }
        }

        return null;
    }

    private static async Task<Recipient?> FirstAsync(IAsyncEnumerable<Recipient> recipients)
    {
        await foreach (var recipient in recipients)
        {
            return recipient;
        }

        return null;
    }
}
