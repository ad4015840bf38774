using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Audiences;
using SeoulMonitor.Host.Diagnostics;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Suppressions;

/// <summary>
/// Staff: <c>POST /api/suppressions/{id}/lift</c> lifts an entry of Core's list (reason required; an engine complaint
/// needs the person's fresh consent) and applies it to the engine's list at once when it can (else the sync retries);
/// <c>GET /api/suppressions/lookup?channel=&amp;address=&amp;purpose=</c> shows one address in both lists with its
/// lifts (personal data: a purpose is required and the read is access-logged). Core's list itself, with each entry's
/// source and reason, is <c>GET /api/suppressions</c> (keyset-paged, at most 200 a page).
/// </summary>
internal static class SuppressionLiftEndpoints
{
    public const string Subject = "suppression";

    public static void MapSuppressionLiftEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/suppressions").WithTags("Suppressions").RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:long}/lift", LiftAsync);
        group.MapGet("/lookup", LookupAsync);
    }

    private static async Task<Results<Ok<SuppressionLiftView>, ProblemHttpResult>> LiftAsync(
        long id, SuppressionLiftRequest? request, ClaimsPrincipal user, SuppressionService suppressions, SuppressionSync sync,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var lifted = await suppressions.LiftAsync(user.ToActor(), id, request?.Reason, cancellationToken);
        if (!lifted.IsSuccess)
        {
            return lifted.Error.ToProblem();
        }

        var logger = loggers.CreateLogger(typeof(SuppressionLiftEndpoints));
        logger.SuppressionLifted(id, lifted.Value.Id);
        try
        {
            await sync.ApplyLiftsOnceAsync(cancellationToken); // the lift is durable: a failure here is retried by the sync
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.SuppressionSyncFailed(e, TimeSpan.Zero);
        }

        return TypedResults.Ok(lifted.Value);
    }

    private static async Task<Results<Ok<SuppressionLookupView>, ProblemHttpResult>> LookupAsync(
        string? channel, string? address, string? purpose, HttpContext http, SuppressionService suppressions, IEngineSuppressions engine,
        PersonalDataAccessLog log, CancellationToken cancellationToken)
    {
        if (PersonalDataAccessHttp.Check(AccessAction.View, purpose) is { } invalid)
        {
            return invalid.ToProblem();
        }

        if (AudienceRequestParsing.Channel(channel, "suppression.channel.invalid", out var parsed) is { } badChannel)
        {
            return badChannel;
        }

        var core = await suppressions.GetByAddressAsync(parsed, address, cancellationToken);
        if (!core.IsSuccess)
        {
            return core.Error.ToProblem();
        }

        var view = core.Value;
        var engineEntry = await engine.GetAsync(parsed, view.Address, cancellationToken);
        if (view.Entry is null && engineEntry is null && view.Lifts.Count == 0)
        {
            return UnknownAddress.ToProblem();
        }

        var refused = await log.RecordAsync(http, Subject, $"{parsed}:{view.AddressHash}", AccessAction.View, purpose, null, 1, cancellationToken);
        return refused is not null ? refused.ToProblem() : TypedResults.Ok(new SuppressionLookupView(
            parsed, view.Address, view.AddressHash, view.Entry, engineEntry, view.Lifts,
            Agree: (view.Entry is null) == (engineEntry is null),
            LiftPending: view.Lifts.Any(l => l.AppliedAt is null)));
    }

    /// <summary>Neither list nor the lift history knows the address.</summary>
    internal static DomainError UnknownAddress { get; } = DomainError.NotFound(
        "suppression.address.unknown", "The address is in neither suppression list and was never lifted.",
        "이 주소는 두 수신 차단 목록 어디에도 없고 해제된 적도 없습니다.");
}
