using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// Staff management of the suppression list: add an address or a bare hash, add hashes in bulk, remove (audited), and
/// list or search (addresses are personal data: each read is access-logged with a required <c>purpose</c>).
/// </summary>
internal static class SuppressionEndpoints
{
    public const string Subject = "suppression";

    public static RouteGroupBuilder MapSuppressionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/suppressions").WithTags("Suppressions").RequireAuthorization(Policies.Staff);
        group.MapPost("", AddAsync);
        group.MapPost("/bulk", AddBulkAsync);
        group.MapGet("", ListAsync);
        group.MapDelete("/{id:long}", RemoveAsync);
        return group;
    }

    private static async Task<Results<Ok<SuppressionView>, ProblemHttpResult>> AddAsync(
        SuppressionRequest request, ClaimsPrincipal user, SuppressionService suppressions, CancellationToken cancellationToken)
    {
        if (AudienceRequestParsing.Channel(request.Channel, "suppression.channel.invalid", out var channel) is { } problem)
        {
            return problem;
        }

        if (AudienceRequestParsing.Reason(request.Reason, out var reason) is { } badReason)
        {
            return badReason;
        }

        return (await suppressions.AddAsync(user.ToActor(), channel, request.Address, request.Hash, reason, request.Note, cancellationToken)).ToOkOrProblem();
    }

    private static async Task<Results<Ok<SuppressionBulkResult>, ProblemHttpResult>> AddBulkAsync(
        BulkSuppressionRequest request, ClaimsPrincipal user, SuppressionService suppressions, CancellationToken cancellationToken)
    {
        if (AudienceRequestParsing.Channel(request.Channel, "suppression.channel.invalid", out var channel) is { } problem)
        {
            return problem;
        }

        if (AudienceRequestParsing.Reason(request.Reason, out var reason) is { } badReason)
        {
            return badReason;
        }

        return (await suppressions.AddHashesAsync(user.ToActor(), channel, request.Hashes, reason, request.Note, cancellationToken)).ToOkOrProblem();
    }

    private static async Task<Results<Ok<SuppressionPage>, ProblemHttpResult>> ListAsync(
        string? purpose, string? channel, string? search, long? after, int? limit, HttpContext http,
        SuppressionService suppressions, PersonalDataAccessLog log, CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.List, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        DeliveryChannel? only = null;
        if (channel is not null)
        {
            if (AudienceRequestParsing.Channel(channel, "suppression.channel.invalid", out var parsed) is { } problem)
            {
                return problem;
            }

            only = parsed;
        }

        var page = await suppressions.ListAsync(only, search, after, limit, cancellationToken);
        if (!page.IsSuccess)
        {
            return page.Error.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, "*", AccessAction.List, purpose, null, page.Value.Items.Count, cancellationToken);
        return refused is null ? TypedResults.Ok(page.Value) : refused.ToProblem();
    }

    private static async Task<Results<Ok<SuppressionView>, ProblemHttpResult>> RemoveAsync(
        long id, string? reason, ClaimsPrincipal user, SuppressionService suppressions, CancellationToken cancellationToken) =>
        (await suppressions.RemoveAsync(user.ToActor(), id, reason, cancellationToken)).ToOkOrProblem();
}
