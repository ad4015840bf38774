using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Submissions;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// POST /api/tasks/{id}/submissions: JSON (no photos) or multipart (a <c>submission</c> JSON part and file parts
/// <c>photo.&lt;questionKey&gt;</c>, streamed to the file store by <see cref="SubmissionMultipartReader"/> with the
/// size limits enforced while reading). 201 on first receipt, 200 with the same receipt on a replay; a body declared
/// above <see cref="SubmissionsEndpoints.MaxBodyBytes"/>, or photos passing 25 MiB while read, get 413
/// <c>submission.too_large</c> (nothing is kept).
/// </summary>
internal static class SubmissionUploadHandler
{
    public static async Task<Results<Created<SubmissionReceipt>, Ok<SubmissionReceipt>, ProblemHttpResult>> SubmitAsync(
        Guid id, HttpRequest request, SubmissionService submissions, IFileStore files, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (request.HttpContext.User.MonitorId() is not { } monitorId)
        {
            return CallerProblems.MonitorIdInvalid();
        }

        if (request.ContentLength > SubmissionsEndpoints.MaxBodyBytes)
        {
            return TooLarge();
        }

        var staged = new List<string>();
        try
        {
            var draft = await ReadDraftAsync(request, files, staged, json.Value.SerializerOptions, cancellationToken);
            if (!draft.IsSuccess)
            {
                return draft.Error.Code == SubmissionErrors.TooLarge.Code ? TooLarge()
                    : draft.Error == SubmissionUploadErrors.UnsupportedMediaType ? WithStatus(draft.Error, StatusCodes.Status415UnsupportedMediaType)
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
        finally
        {
            // The staged uploads were copied to their content addresses (or refused): none is kept, also on an aborted request.
            foreach (var key in staged)
            {
                await files.DeleteAsync(key, CancellationToken.None);
            }
        }
    }

    private static async Task<Result<SubmissionDraft>> ReadDraftAsync(
        HttpRequest request, IFileStore files, List<string> staged, JsonSerializerOptions options, CancellationToken ct)
    {
        try
        {
            if (request.HasJsonContentType())
            {
                var body = await JsonSerializer.DeserializeAsync<SubmissionRequest>(request.Body, options, ct);
                return body is null ? SubmissionUploadErrors.Malformed : ToDraft(body, []);
            }

            if (!request.HasFormContentType)
            {
                return SubmissionUploadErrors.UnsupportedMediaType;
            }

            string? text;
            IReadOnlyList<SubmissionPhotoUpload> photos = [];
            if (request.ContentType!.Contains("multipart/", StringComparison.OrdinalIgnoreCase))
            {
                if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Length == 0)
                {
                    return SubmissionUploadErrors.Malformed;
                }

                var parts = await SubmissionMultipartReader.ReadAsync(request, HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!, files, staged, ct);
                if (!parts.IsSuccess)
                {
                    return parts.Error;
                }

                (text, photos) = parts.Value;
            }
            else
            {
                // A url-encoded form carries no files: only its 'submission' field is read (bounded by the endpoint's form limits).
                var form = await request.ReadFormAsync(ct);
                text = form.TryGetValue("submission", out var value) && value.Count == 1 ? value[0] : null;
            }

            var submission = text is null ? null : JsonSerializer.Deserialize<SubmissionRequest>(text, options);
            return submission is null ? SubmissionUploadErrors.Malformed : ToDraft(submission, photos);
        }
        catch (JsonException)
        {
            return SubmissionUploadErrors.Malformed;
        }
        catch (UploadLimitExceededException)
        {
            // The 'submission' part passed its limit while it was read.
            return SubmissionErrors.TooLarge;
        }
        catch (InvalidDataException)
        {
            // The multipart reader refuses part headers beyond their limits (and malformed envelopes); the form reader its limits.
            return SubmissionErrors.TooLarge;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's request-size limit of the endpoint.
            return SubmissionErrors.TooLarge;
        }
        catch (IOException)
        {
            // A multipart envelope that ends inside a part (or a part without a name) cannot be read.
            return SubmissionUploadErrors.Malformed;
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

    private static ProblemHttpResult TooLarge() => WithStatus(SubmissionErrors.TooLarge, StatusCodes.Status413PayloadTooLarge);

    private static ProblemHttpResult WithStatus(DomainError error, int status)
    {
        var problem = error.ToProblem();
        problem.ProblemDetails.Status = status;
        return TypedResults.Problem(problem.ProblemDetails);
    }
}
