using System.Net;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Monitoring;

/// <summary>GET /api/findings/{id}/photos/{photoId}: the department opens the photos of the findings it was sent.</summary>
public sealed class FindingPhotoEndpointTests
{
    // Content of this test only (files are content-addressed and the store is shared by the tests running in parallel).
    private static readonly byte[] Png = [.. FeedbackLoopApi.Png, .. "finding-photo-test"u8];
    private static readonly byte[] Jpeg = [.. FeedbackLoopApi.Jpeg, .. "finding-photo-test"u8];

    [Fact]
    public async Task Photo_SentFindingsPhoto_OwnDepartmentDownloadsOthersRefused()
    {
        await using var app = new SeoulMonitorApplication();
        var (taskId, people) = await FindingsHostArrange.SeedAsync(app);
        var (attached, loose) = (await app.AddStoredPhotoAsync(people[0].Submissions[0], Png), await app.AddStoredPhotoAsync(people[0].Submissions[1], Jpeg));
        using var staff = app.CreateStaffClient();
        using var department = app.CreateDepartmentClient(FindingsHostArrange.Department);
        using var stranger = app.CreateDepartmentClient("다른부서");
        var (_, draft) = await staff.PostJsonAsync($"/api/tasks/{taskId}/findings", new { title = "보도 턱", summary = "턱이 높다", sourceSubmissionIds = people[0].Submissions });
        var id = draft.GetProperty("id").GetString();
        await staff.PostJsonAsync($"/api/findings/{id}/photos", new { photoId = attached });

        var (beforeSend, beforeProblem) = await department.GetJsonAsync($"/api/findings/{id}/photos/{attached}");
        var staffBytes = await FeedbackLoopApi.DownloadAsync(staff, $"/api/findings/{id}/photos/{attached}");
        await staff.PostJsonAsync($"/api/tasks/{taskId}/findings/send", new { findingIds = new[] { id } });
        var (_, view) = await department.GetJsonAsync($"/api/findings/{id}");
        var response = await department.GetAsync(new Uri($"/api/findings/{id}/photos/{attached}", UriKind.Relative), TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var (foreign, foreignProblem) = await stranger.GetJsonAsync($"/api/findings/{id}/photos/{attached}");
        var (notAttached, notAttachedProblem) = await department.GetJsonAsync($"/api/findings/{id}/photos/{loose}");
        var (noFinding, noFindingProblem) = await department.GetJsonAsync($"/api/findings/{Guid.NewGuid()}/photos/{attached}");

        Assert.Equal((HttpStatusCode.NotFound, "finding.not_found"), (beforeSend.StatusCode, beforeProblem.Code()));
        Assert.Equal(Png, staffBytes);
        Assert.Equal(attached.ToString("D"), view.GetProperty("photoIds")[0].GetString());
        Assert.Equal((HttpStatusCode.OK, "image/png", "no-store"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.CacheControl?.NoStore == true ? "no-store" : null));
        Assert.Equal(Png, bytes);
        Assert.Equal((HttpStatusCode.NotFound, "finding.not_found"), (foreign.StatusCode, foreignProblem.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "finding.photo.not_found"), (notAttached.StatusCode, notAttachedProblem.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "finding.not_found"), (noFinding.StatusCode, noFindingProblem.Code()));
        await app.RemoveFilesAsync(FeedbackLoopApi.Sha256(Png), FeedbackLoopApi.Sha256(Jpeg));
    }
}
