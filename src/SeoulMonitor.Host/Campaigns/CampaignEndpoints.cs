using SeoulMonitor.Core.Audiences.Resolution;
using SeoulMonitor.Core.Mailing;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>
/// Staff control of mail campaigns to monitors: create (from a template and an audience segment), list, read,
/// preview one recipient's message, the lifecycle (schedule, launch, pause, resume, cancel), progress (also as a
/// Server-Sent Events stream), one recipient's delivery record (with an SMS's carrier status), who did not get the
/// message and why, and an SMS campaign's carrier reports.
/// </summary>
internal static class CampaignEndpoints
{
    public static RouteGroupBuilder MapCampaignEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/campaigns").WithTags("Campaigns").RequireAuthorization(Policies.Staff);
        group.MapPost("", CreateAsync);
        group.MapGet("", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/preview", CampaignPreviewHandlers.PreviewAsync);
        group.MapPost("/{id:guid}/schedule", CampaignLifecycleHandlers.ScheduleAsync);
        group.MapPost("/{id:guid}/launch", CampaignLifecycleHandlers.LaunchAsync);
        group.MapPost("/{id:guid}/pause", CampaignLifecycleHandlers.PauseAsync);
        group.MapPost("/{id:guid}/resume", CampaignLifecycleHandlers.ResumeAsync);
        group.MapPost("/{id:guid}/cancel", CampaignLifecycleHandlers.CancelAsync);
        group.MapGet("/{id:guid}/progress", CampaignProgressHandlers.GetAsync);
        group.MapGet("/{id:guid}/progress/stream", CampaignProgressHandlers.StreamAsync);
        group.MapGet("/{id:guid}/deliveries/{recipientId}", CampaignDeliveryHandlers.GetAsync);
        group.MapGet("/{id:guid}/undelivered", CampaignDeliveryHandlers.ListUndeliveredAsync);
        group.MapGet("/{id:guid}/sms-reports", CampaignSmsHandlers.ListAsync);
        return group;
    }

    private static async Task<Results<Created<CampaignRecord>, ProblemHttpResult>> CreateAsync(
        CreateCampaignRequest body, CampaignService campaigns, AudienceResolver audiences, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CampaignRequestMapping.TryMap(body, time.GetUtcNow(), out var definition, out var problem))
        {
            return problem;
        }

        if (AudienceKeys.TryParse(definition.AudienceKey) is { IsSuccess: true } key && key.Value.Kind is AudienceKind.List or AudienceKind.Segment
            && await audiences.CriteriaAsync(definition.AudienceKey, cancellationToken) is { IsSuccess: false } unknown)
        {
            // The list or segment must exist when the campaign is created, not only when it is sent.
            return unknown.Error.ToProblem();
        }

        var created = await campaigns.CreateAsync(definition, cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"/api/campaigns/{created.Value.Definition.Id:D}", created.Value)
            : created.Error.ToProblem();
    }

    private static async Task<Ok<IReadOnlyList<CampaignRecord>>> ListAsync(CampaignService campaigns, CancellationToken cancellationToken) =>
        TypedResults.Ok(await campaigns.ListAsync(cancellationToken));

    private static async Task<Results<Ok<CampaignRecord>, ProblemHttpResult>> GetAsync(
        Guid id, CampaignService campaigns, CancellationToken cancellationToken) =>
        (await campaigns.GetAsync(id, cancellationToken)).ToOkOrProblem();
}
