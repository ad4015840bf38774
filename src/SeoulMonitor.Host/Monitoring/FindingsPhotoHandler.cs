using System.Security.Claims;
using Microsoft.Net.Http.Headers;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>GET /api/findings/{id}/photos/{photoId}: a photo attached to a finding, for staff and the finding's department.</summary>
internal static class FindingsPhotoHandler
{
    public static async Task<IResult> PhotoAsync(
        Guid id, Guid photoId, ClaimsPrincipal user, HttpResponse response, FindingPhotoReader photos, CancellationToken cancellationToken)
    {
        var photo = await photos.OpenAsync(id, photoId, user.ToActor(), cancellationToken);
        if (!photo.IsSuccess)
        {
            return photo.Error.ToProblem();
        }

        response.Headers.CacheControl = "private, no-store";
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return TypedResults.Stream(photo.Value.Content, photo.Value.ContentType, entityTag: new EntityTagHeaderValue($"\"{photo.Value.Sha256}\""));
    }
}
