using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Monitors;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>The reads of <see cref="SubmissionsEndpoints"/>; staff reads carry a <c>purpose</c> and are access-logged by the Core.</summary>
internal static class SubmissionReadHandlers
{
    public static async Task<Results<Ok<IReadOnlyList<SubmissionView>>, ProblemHttpResult>> MineAsync(
        ClaimsPrincipal user, SubmissionQueries queries, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? TypedResults.Ok(await queries.MineAsync(monitorId, cancellationToken))
            : CallerProblems.MonitorIdInvalid();

    public static async Task<Results<Ok<SubmissionPage>, ProblemHttpResult>> ForTaskAsync(
        Guid id, string? state, Guid? after, int? limit, string? purpose, HttpContext http, SubmissionQueries queries, CancellationToken cancellationToken)
    {
        SubmissionState? filter = null;
        if (state is not null)
        {
            if (!CallerProblems.TryParseName<SubmissionState>(state, out var parsed))
            {
                return CallerProblems.InvalidChoice<SubmissionState>("submission.state.invalid", "state");
            }

            filter = parsed;
        }

        return (await queries.ForTaskAsync(id, filter, after, limit, Viewer(http, purpose), cancellationToken)).ToOkOrProblem();
    }

    public static async Task<Results<Ok<SubmissionDetail>, ProblemHttpResult>> GetAsync(
        Guid id, string? purpose, HttpContext http, SubmissionQueries queries, CancellationToken cancellationToken) =>
        http.User.IsInRole(Roles.Staff) || http.User.MonitorId() is not null
            ? (await queries.GetAsync(id, Viewer(http, purpose), cancellationToken)).ToOkOrProblem()
            : CallerProblems.MonitorIdInvalid();

    public static async Task<IResult> PhotoAsync(
        Guid id, Guid photoId, string? purpose, HttpContext http, SubmissionQueries queries, CancellationToken cancellationToken)
    {
        var photo = await queries.OpenPhotoAsync(id, photoId, Viewer(http, purpose), cancellationToken);
        if (!photo.IsSuccess)
        {
            return photo.Error.ToProblem();
        }

        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return TypedResults.Stream(photo.Value.Content, photo.Value.ContentType, entityTag: new EntityTagHeaderValue($"\"{photo.Value.Sha256}\""));
    }

    private static SubmissionViewer Viewer(HttpContext http, string? purpose) => new(http.User.ToActor(), purpose, http.ClientAddress());
}
