using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>The campaign lifecycle events; refusals are 409 <c>campaign.invalid_transition</c> and friends.</summary>
internal static class CampaignLifecycleHandlers
{
    public static async Task<Results<Ok<CampaignRecord>, ProblemHttpResult>> ScheduleAsync(
        Guid id, CampaignService campaigns, CancellationToken cancellationToken) =>
        (await campaigns.ScheduleAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CampaignRecord>, ProblemHttpResult>> LaunchAsync(
        Guid id, CampaignService campaigns, CancellationToken cancellationToken) =>
        (await campaigns.LaunchAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CampaignRecord>, ProblemHttpResult>> PauseAsync(
        Guid id, CampaignService campaigns, CancellationToken cancellationToken) =>
        (await campaigns.PauseAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CampaignRecord>, ProblemHttpResult>> ResumeAsync(
        Guid id, CampaignService campaigns, CancellationToken cancellationToken) =>
        (await campaigns.ResumeAsync(id, cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<CampaignRecord>, ProblemHttpResult>> CancelAsync(
        Guid id, CampaignService campaigns, CancellationToken cancellationToken) =>
        (await campaigns.CancelAsync(id, cancellationToken)).ToOkOrProblem();
}
