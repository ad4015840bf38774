using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>A campaign's progress, once or as a Server-Sent Events stream (event <c>progress</c>) until it ends.</summary>
internal static class CampaignProgressHandlers
{
    public const string EventType = "progress";

    public static async Task<Results<Ok<CampaignProgress>, ProblemHttpResult>> GetAsync(
        Guid id, CampaignService campaigns, CancellationToken cancellationToken) =>
        (await campaigns.GetProgressAsync(id, cancellationToken)).ToOkOrProblem();

    /// <summary>
    /// Streams progress reports until the campaign is completed or cancelled (the last event is the final one) or the
    /// client disconnects (the request's token stops the watch).
    /// </summary>
    public static async Task<Results<ServerSentEventsResult<CampaignProgress>, ProblemHttpResult>> StreamAsync(
        Guid id, CampaignService campaigns, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetAsync(id, cancellationToken);
        return campaign.IsSuccess
            ? TypedResults.ServerSentEvents(campaigns.WatchProgressAsync(id, cancellationToken), EventType)
            : campaign.Error.ToProblem();
    }
}
