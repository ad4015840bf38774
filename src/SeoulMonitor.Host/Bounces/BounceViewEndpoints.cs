using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Bounces;

/// <summary>
/// Staff views (addresses are personal data: a <c>purpose</c> is required and each read is access-logged):
/// <c>GET /api/campaigns/{id}/bounces?after=&amp;limit=</c>, a campaign's bounce history; and
/// <c>GET /api/suppressions/engine?channel=Email|Sms&amp;cursor=&amp;limit=</c>, the engine's own suppression list with
/// reasons and times (every 5xx, unsubscription and bounce suppression). Core's list (<c>GET /api/suppressions</c>)
/// receives the bounce suppressions too, through <see cref="CoreSuppressionMirror"/>.
/// </summary>
internal static class BounceViewEndpoints
{
    public const string Subject = "bounce";

    public static void MapBounceViews(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/campaigns/{id:guid}/bounces", ListBouncesAsync).WithTags("Bounces").RequireAuthorization(Policies.Staff);
        routes.MapGet("/api/suppressions/engine", ListSuppressionsAsync).WithTags("Bounces").RequireAuthorization(Policies.Staff);
    }

    private static async Task<Results<Ok<BouncePage>, ProblemHttpResult>> ListBouncesAsync(
        Guid id, string? purpose, long? after, int? limit, HttpContext http, IDeliveryLedger ledger, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        var size = limit ?? 100;
        if (size is < 1 or > BounceProblems.MaxLimit || after < 0)
        {
            return BounceProblems.LimitInvalid();
        }

        if (PersonalDataAccessHttp.Check(AccessAction.List, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        if (await ledger.GetCampaignAsync(id, cancellationToken) is null)
        {
            return MailingErrors.NotFound().ToProblem();
        }

        var records = await ledger.ListBouncesAsync(id, after ?? 0, size, cancellationToken);
        var refused = await log.RecordAsync(http, Subject, id.ToString("D"), AccessAction.List, purpose, null, records.Count, cancellationToken);
        return refused is not null ? refused.ToProblem()
            : TypedResults.Ok(new BouncePage([.. records.Select(BounceView.From)], records.Count == size ? records[^1].Id : null));
    }

    private static async Task<Results<Ok<EngineSuppressionPage>, ProblemHttpResult>> ListSuppressionsAsync(
        string? purpose, string? channel, string? cursor, int? limit, HttpContext http, IDeliveryLedger ledger, PersonalDataAccessLog log,
        CancellationToken cancellationToken)
    {
        var size = limit ?? 100;
        if (size is < 1 or > BounceProblems.MaxLimit || cursor?.Length > 320)
        {
            return BounceProblems.LimitInvalid();
        }

        if (!Enum.TryParse<DeliveryChannel>(channel ?? nameof(DeliveryChannel.Email), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)
            || int.TryParse(channel, out _))
        {
            return BounceProblems.ChannelInvalid();
        }

        if (PersonalDataAccessHttp.Check(AccessAction.List, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var items = await ledger.ListSuppressionsAsync(parsed, cursor, size, cancellationToken);
        var refused = await log.RecordAsync(http, "suppression", "engine", AccessAction.List, purpose, null, items.Count, cancellationToken);
        return refused is not null ? refused.ToProblem()
            : TypedResults.Ok(new EngineSuppressionPage(items, items.Count == size ? items[^1].AddressKey : null));
    }
}
