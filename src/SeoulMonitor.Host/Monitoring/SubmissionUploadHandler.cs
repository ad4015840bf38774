using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// POST /api/tasks/{id}/submissions: JSON (no photos) or multipart (a <c>submission</c> JSON part and file parts
/// <c>photo.&lt;questionKey&gt;</c>). 201 on first receipt, 200 with the same receipt on a replay; bodies above
/// <see cref="SubmissionsEndpoints.MaxBodyBytes"/> get 413 <c>submission.too_large</c>.
/// </summary>
internal static class SubmissionUploadHandler
{
    private const string PhotoPrefix = "photo.";

    public static async Task<Results<Created<SubmissionReceipt>, Ok<SubmissionReceipt>, ProblemHttpResult>> SubmitAsync(
        Guid id, HttpRequest request, SubmissionService submissions, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (request.HttpContext.User.MonitorId() is not { } monitorId)
        {
            return CallerProblems.MonitorIdInvalid();
        }

        if (request.ContentLength > SubmissionsEndpoints.MaxBodyBytes)
        {
            return TooLarge();
        }

        var draft = await ReadDraftAsync(request, json.Value.SerializerOptions, cancellationToken);
        if (!draft.IsSuccess)
        {
            return draft.Error.Code == SubmissionErrors.TooLarge.Code ? TooLarge()
                : draft.Error == UnsupportedMediaType ? WithStatus(draft.Error, StatusCodes.Status415UnsupportedMediaType)
                : draft.Error.ToProblem();
        }

        var result = await submissions.SubmitAsync(monitorId, id, draft.Value, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.Code == SubmissionErrors.TooLarge.Code ? TooLarge() : result.Error.ToProblem();
        }

        return result.Value.Replayed
            ? TypedResults.Ok(result.Value)
            : TypedResults.Created($"/api/submissions/{result.Value.Id:D}", result.Value);
    }

    private static async Task<Result<SubmissionDraft>> ReadDraftAsync(HttpRequest request, JsonSerializerOptions options, CancellationToken ct)
    {
        try
        {
            if (request.HasJsonContentType())
            {
                var body = await JsonSerializer.DeserializeAsync<SubmissionRequest>(request.Body, options, ct);
                return body is null ? Malformed : ToDraft(body, []);
            }

            if (!request.HasFormContentType)
            {
                return UnsupportedMediaType;
            }

            if (request.ContentType!.Contains("multipart/", StringComparison.OrdinalIgnoreCase)
                && !(MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && HeaderUtilities.RemoveQuotes(mediaType.Boundary).Length > 0))
            {
                return Malformed;
            }

            var form = await request.ReadFormAsync(ct);
            var text = form.TryGetValue("submission", out var value) && value.Count == 1 ? value[0] : null;
            if (text is null && form.Files.GetFile("submission") is { } part)
            {
                using var reader = new StreamReader(part.OpenReadStream());
                text = await reader.ReadToEndAsync(ct);
            }

            var submission = text is null ? null : JsonSerializer.Deserialize<SubmissionRequest>(text, options);
            if (submission is null)
            {
                return Malformed;
            }

            var photos = new List<SubmissionPhotoUpload>();
            long total = 0;
            foreach (var file in form.Files.Where(f => f.Name.StartsWith(PhotoPrefix, StringComparison.Ordinal)))
            {
                total += file.Length;
                if (total > SubmissionLimits.MaxTotalBytes)
                {
                    return SubmissionErrors.TooLarge;
                }

                using var copy = new MemoryStream((int)file.Length);
                await file.CopyToAsync(copy, ct);
                photos.Add(new SubmissionPhotoUpload(file.Name[PhotoPrefix.Length..], copy.ToArray()));
            }

            return ToDraft(submission, photos);
        }
        catch (JsonException)
        {
            return Malformed;
        }
        catch (InvalidDataException)
        {
            // The multipart reader refuses bodies and parts beyond the endpoint's limits (and malformed envelopes).
            return SubmissionErrors.TooLarge;
        }
        catch (IOException)
        {
            // A multipart envelope that ends inside a part (or a part without a name) cannot be read.
            return Malformed;
        }
    }

    private static SubmissionDraft ToDraft(SubmissionRequest body, IReadOnlyList<SubmissionPhotoUpload> photos) => new()
    {
        ClientId = body.ClientId ?? Guid.Empty,
        FormVersion = body.FormVersion ?? 0,
        Answers = body.Answers ?? default,
        CapturedAt = body.CapturedAt ?? DateTimeOffset.MinValue,
        Latitude = body.Latitude,
        Longitude = body.Longitude,
        AccuracyMeters = body.AccuracyMeters,
        Photos = photos,
        SupersedesId = body.SupersedesId,
    };

    private static DomainError Malformed { get; } = DomainError.Validation(
        "submission.request.malformed", "submission",
        "Send the submission as JSON, or as multipart/form-data with a 'submission' JSON part and photo parts named 'photo.<questionKey>'.",
        "제출 내용을 JSON으로, 또는 'submission' JSON 항목과 'photo.<문항키>' 사진 항목이 있는 multipart/form-data로 보내세요.");

    private static DomainError UnsupportedMediaType { get; } = new(
        "submission.request.unsupported_media_type", ErrorKind.Validation,
        "Send application/json or multipart/form-data.", "application/json 또는 multipart/form-data로 보내세요.", "Content-Type");

    private static ProblemHttpResult TooLarge() => WithStatus(SubmissionErrors.TooLarge, StatusCodes.Status413PayloadTooLarge);

    private static ProblemHttpResult WithStatus(DomainError error, int status)
    {
        var problem = error.ToProblem();
        problem.ProblemDetails.Status = status;
        return TypedResults.Problem(problem.ProblemDetails);
    }
}
