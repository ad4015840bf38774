using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using SeoulMonitor.Host.Tests.Infrastructure;
using static SeoulMonitor.Host.Tests.Monitoring.SubmissionsArrange;

namespace SeoulMonitor.Host.Tests.Monitoring;

public sealed class SubmissionsEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpClient client, string url, HttpContent content)
    {
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task PostMultipart_FirstThenReplay_201Then200SameReceiptAndPhotoRoundTrips()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync();
        var (me, other) = (await app.AddSelectedMonitorAsync(task), await app.AddSelectedMonitorAsync(task));
        using var client = app.CreateMonitorClient(me);
        using var stranger = app.CreateMonitorClient(other);
        using var staff = app.CreateStaffClient();
        var body = Submission(app, Guid.NewGuid());
        var url = $"/api/tasks/{task}/submissions";
        try
        {
            var (first, receipt) = await SendAsync(client, url, Multipart(body, Jpeg));
            var (replay, replayed) = await SendAsync(client, url, Multipart(body, Jpeg));
            var id = receipt.GetProperty("id").GetString();
            var (_, detail) = await client.GetJsonAsync($"/api/submissions/{id}");
            var photo = detail.GetProperty("submission").GetProperty("photos")[0];
            var photoUrl = $"/api/submissions/{id}/photos/{photo.GetProperty("id").GetString()}";
            using var own = await client.GetAsync(new Uri(photoUrl, UriKind.Relative), Ct);
            var (othersRead, othersProblem) = await stranger.GetJsonAsync($"/api/submissions/{id}");
            using var othersPhoto = await stranger.GetAsync(new Uri(photoUrl, UriKind.Relative), Ct);
            var (staffNoPurpose, noPurposeProblem) = await staff.GetJsonAsync($"/api/submissions/{id}");
            var (staffRead, _) = await staff.GetJsonAsync($"/api/submissions/{id}?purpose=검토");
            using var staffPhoto = await staff.GetAsync(new Uri(photoUrl + "?purpose=검토", UriKind.Relative), Ct);

            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            Assert.Equal($"/api/submissions/{id}", first.Headers.Location?.ToString());
            Assert.False(receipt.GetProperty("replayed").GetBoolean());
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.Equal(id, replayed.GetProperty("id").GetString());
            Assert.True(replayed.GetProperty("replayed").GetBoolean());
            Assert.Equal("Received", receipt.GetProperty("state").GetString());
            Assert.Equal("image/jpeg", photo.GetProperty("contentType").GetString());
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal("image/jpeg", own.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Jpeg, await own.Content.ReadAsByteArrayAsync(Ct));
            Assert.Equal((HttpStatusCode.NotFound, "submission.not_found"), (othersRead.StatusCode, othersProblem.Code()));
            Assert.Equal(HttpStatusCode.NotFound, othersPhoto.StatusCode);
            Assert.Equal((HttpStatusCode.BadRequest, "access.purpose_required"), (staffNoPurpose.StatusCode, noPurposeProblem.Code()));
            Assert.Equal(HttpStatusCode.OK, staffRead.StatusCode);
            Assert.Equal(HttpStatusCode.OK, staffPhoto.StatusCode);
        }
        finally
        {
            await app.RemoveFilesAsync(Convert.ToHexStringLower(SHA256.HashData(Jpeg)));
        }
    }

    [Fact]
    public async Task Post_BadInput_ProblemsWithStableCodesAndNoServerErrors()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync();
        var me = await app.AddSelectedMonitorAsync(task);
        var outsider = await app.AddMonitorAsync();
        using var client = app.CreateMonitorClient(me);
        using var notSelected = app.CreateMonitorClient(outsider);
        var url = $"/api/tasks/{task}/submissions";

        var (notImage, notImageProblem) = await SendAsync(client, url, Multipart(Submission(app, Guid.NewGuid()), "not a photo"u8.ToArray()));
        var (malformed, malformedProblem) = await SendAsync(client, url, new StringContent("{\"clientId\": 12", System.Text.Encoding.UTF8, "application/json"));
        var (noPart, noPartProblem) = await SendAsync(client, url, new MultipartFormDataContent { { new StringContent("x"), "other" } });
        var (plain, plainProblem) = await SendAsync(client, url, new StringContent("hello"));
        var (rating, ratingProblem) = await client.PostJsonAsync(url, Submission(app, Guid.NewGuid(), rating: 9));
        var (noClientId, noClientIdProblem) = await client.PostJsonAsync(url, new { formVersion = 1, answers = new { cleanliness = 3 }, capturedAt = app.Time.GetUtcNow() });
        var (gps, gpsProblem) = await client.PostJsonAsync(url, new { clientId = Guid.NewGuid(), formVersion = 1, answers = new { cleanliness = 3 }, capturedAt = app.Time.GetUtcNow(), latitude = 95.0, longitude = 127.0, accuracyMeters = 5.0 });
        var (stranger, strangerProblem) = await notSelected.PostJsonAsync(url, Submission(app, Guid.NewGuid()));
        var (noTask, noTaskProblem) = await client.PostJsonAsync($"/api/tasks/{Guid.NewGuid()}/submissions", Submission(app, Guid.NewGuid()));
        var (huge, hugeProblem) = await SendAsync(client, url, Multipart(Submission(app, Guid.NewGuid()), new byte[26 * 1024 * 1024]));
        app.Time.Advance(TimeSpan.FromDays(8));
        var (closed, closedProblem) = await client.PostJsonAsync(url, Submission(app, Guid.NewGuid()));
        var (_, mine) = await client.GetJsonAsync("/api/my/submissions");

        Assert.Equal((HttpStatusCode.BadRequest, "submission.photo.not_an_image"), (notImage.StatusCode, notImageProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "submission.request.malformed"), (malformed.StatusCode, malformedProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "submission.request.malformed"), (noPart.StatusCode, noPartProblem.Code()));
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "submission.request.unsupported_media_type"), (plain.StatusCode, plainProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "submission.answer.out_of_range"), (rating.StatusCode, ratingProblem.Code()));
        Assert.Equal("cleanliness", ratingProblem.GetProperty("field").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "submission.client_id.required"), (noClientId.StatusCode, noClientIdProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "submission.location.invalid"), (gps.StatusCode, gpsProblem.Code()));
        Assert.Equal((HttpStatusCode.Forbidden, "submission.not_selected"), (stranger.StatusCode, strangerProblem.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "submission.task_not_found"), (noTask.StatusCode, noTaskProblem.Code()));
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "submission.too_large"), (huge.StatusCode, hugeProblem.Code()));
        Assert.Equal((HttpStatusCode.Conflict, "submission.fieldwork_closed"), (closed.StatusCode, closedProblem.Code()));
        Assert.Equal(0, mine.GetArrayLength());
    }

    [Fact]
    public async Task Review_ReturnResubmitApproveInBulk_MonitorSeesReasonAndStaffPagesByState()
    {
        await using var app = new SeoulMonitorApplication();
        var task = await app.AddTaskAsync();
        var me = await app.AddSelectedMonitorAsync(task);
        using var client = app.CreateMonitorClient(me);
        using var staff = app.CreateStaffClient();
        var url = $"/api/tasks/{task}/submissions";
        var (_, first) = await client.PostJsonAsync(url, Submission(app, Guid.NewGuid()));
        var firstId = first.GetProperty("id").GetString();

        var (noReason, noReasonProblem) = await staff.PostJsonAsync($"/api/submissions/{firstId}/return", new { reason = " " });
        var (returned, _) = await staff.PostJsonAsync($"/api/submissions/{firstId}/return", new { reason = "사진을 추가해 주세요" });
        var (_, mine) = await client.GetJsonAsync("/api/my/submissions");
        var (resubmitted, second) = await client.PostJsonAsync(url, Submission(app, Guid.NewGuid(), rating: 2, supersedesId: Guid.Parse(firstId!)));
        var secondId = second.GetProperty("id").GetString();
        var (_, page) = await staff.GetJsonAsync($"{url}?state=received&limit=10&purpose=검토");
        var (badState, badStateProblem) = await staff.GetJsonAsync($"{url}?state=done&purpose=검토");
        var (badLimit, badLimitProblem) = await staff.GetJsonAsync($"{url}?limit=0&purpose=검토");
        var (approved, approvedBody) = await staff.PostJsonAsync($"{url}/approve", new { ids = new[] { secondId }, note = "확인" });
        var (again, againProblem) = await staff.PostJsonAsync($"/api/submissions/{secondId}/reject", new { reason = "중복" });
        var (_, chain) = await client.GetJsonAsync($"/api/submissions/{secondId}");

        Assert.Equal((HttpStatusCode.BadRequest, "submission.reason.required"), (noReason.StatusCode, noReasonProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("Returned", mine[0].GetProperty("state").GetString());
        Assert.Equal("보완 요청", mine[0].GetProperty("stateKo").GetString());
        Assert.Equal("사진을 추가해 주세요", mine[0].GetProperty("reviewReason").GetString());
        Assert.Equal(HttpStatusCode.Created, resubmitted.StatusCode);
        Assert.Equal(2, second.GetProperty("revision").GetInt32());
        Assert.Equal(secondId, page.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal((HttpStatusCode.BadRequest, "submission.state.invalid"), (badState.StatusCode, badStateProblem.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "submission.limit.invalid"), (badLimit.StatusCode, badLimitProblem.Code()));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", approvedBody[0].GetProperty("state").GetString());
        Assert.Equal((HttpStatusCode.Conflict, "field_submission.invalid_transition"), (again.StatusCode, againProblem.Code()));
        Assert.Equal(2, chain.GetProperty("revisions").GetArrayLength());
        Assert.Equal("Superseded", chain.GetProperty("revisions")[0].GetProperty("state").GetString());
    }
}
