using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Audiences.Segments;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// Staff management of segments (lists, districts and attribute conditions for one channel) and count previews of saved
/// and unsaved definitions. Counts only: no personal data leaves these endpoints.
/// </summary>
internal static class SegmentEndpoints
{
    public static RouteGroupBuilder MapSegmentEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/segments").WithTags("Segments").RequireAuthorization(Policies.Staff);
        group.MapPost("", CreateAsync);
        group.MapGet("", ListAsync);
        group.MapPost("/preview", PreviewUnsavedAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPut("/{id:guid}", UpdateAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        group.MapPost("/{id:guid}/preview", PreviewAsync);
        return group;
    }

    private static async Task<Results<Created<SegmentView>, ProblemHttpResult>> CreateAsync(
        SegmentRequest request, ClaimsPrincipal user, SegmentService segments, CancellationToken cancellationToken)
    {
        if (AudienceRequestParsing.Channel(request.Channel, "segment.channel.invalid", out var channel) is { } problem)
        {
            return problem;
        }

        var draft = new SegmentDraft(request.Name, channel, AudienceRequestParsing.Definition(request.Definition));
        return (await segments.CreateAsync(user.ToActor(), draft, cancellationToken)).ToCreatedOrProblem(s => $"/api/segments/{s.Id:D}");
    }

    private static async Task<Ok<IReadOnlyList<SegmentView>>> ListAsync(SegmentService segments, CancellationToken cancellationToken) =>
        TypedResults.Ok(await segments.ListAsync(cancellationToken));

    private static async Task<Results<Ok<SegmentView>, ProblemHttpResult>> GetAsync(Guid id, SegmentService segments, CancellationToken cancellationToken) =>
        (await segments.GetAsync(id, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<SegmentView>, ProblemHttpResult>> UpdateAsync(
        Guid id, SegmentRequest request, ClaimsPrincipal user, SegmentService segments, CancellationToken cancellationToken)
    {
        if (AudienceRequestParsing.Channel(request.Channel, "segment.channel.invalid", out var channel) is { } problem)
        {
            return problem;
        }

        var draft = new SegmentDraft(request.Name, channel, AudienceRequestParsing.Definition(request.Definition));
        return (await segments.UpdateAsync(user.ToActor(), id, draft, cancellationToken)).ToOkOrProblem();
    }

    private static async Task<Results<Ok<SegmentView>, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, SegmentService segments, CancellationToken cancellationToken) =>
        (await segments.DeleteAsync(user.ToActor(), id, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<SegmentCount>, ProblemHttpResult>> PreviewAsync(Guid id, SegmentService segments, CancellationToken cancellationToken) =>
        (await segments.PreviewAsync(id, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<SegmentCount>, ProblemHttpResult>> PreviewUnsavedAsync(
        SegmentPreviewRequest request, SegmentService segments, CancellationToken cancellationToken)
    {
        if (AudienceRequestParsing.Channel(request.Channel, "segment.channel.invalid", out var channel) is { } problem)
        {
            return problem;
        }

        return (await segments.PreviewAsync(channel, AudienceRequestParsing.Definition(request.Definition), cancellationToken)).ToOkOrProblem();
    }
}
