using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Submissions;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Reads a multipart submission part by part, without buffering the body: the <c>submission</c> JSON part as text
/// (bounded), and each <c>photo.&lt;questionKey&gt;</c> part streamed straight into the file store under an upload
/// key, with the photo limit (<see cref="SubmissionLimits.MaxPhotoBytes"/>) and the submission's total
/// (<see cref="SubmissionLimits.MaxTotalBytes"/>) enforced while reading: the read that passes a limit ends the
/// request there (the rest of the body is never read) and the partial file is not kept. Every upload key used is
/// added to <c>staged</c>, which the caller removes whatever the outcome. Other parts are read past and ignored.
/// </summary>
internal static class SubmissionMultipartReader
{
    /// <summary>The prefix of photo parts.</summary>
    public const string PhotoPrefix = "photo.";

    /// <summary>The largest <c>submission</c> JSON part, in bytes (answers of at most <see cref="SubmissionLimits.MaxAnswersLength"/> characters of up to 4 bytes each).</summary>
    public const int MaxSubmissionPartBytes = SubmissionLimits.MaxAnswersLength * 4;

    /// <summary>Most header lines of one part.</summary>
    private const int MaxPartHeaders = 16;

    /// <summary>Most bytes of one part's headers.</summary>
    private const int MaxPartHeaderBytes = 16 * 1024;

    /// <summary>The submission's JSON text and its staged photos, or the refusal.</summary>
    public static async Task<Result<(string? Json, IReadOnlyList<SubmissionPhotoUpload> Photos)>> ReadAsync(
        HttpRequest request, string boundary, IFileStore files, List<string> staged, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = MaxPartHeaders, HeadersLengthLimit = MaxPartHeaderBytes };
        string? json = null;
        var photos = new List<SubmissionPhotoUpload>();
        long total = 0;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !string.Equals(disposition.DispositionType.Value, "form-data", StringComparison.OrdinalIgnoreCase))
            {
                return SubmissionUploadErrors.Malformed;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            if (name == "submission")
            {
                if (json is not null)
                {
                    return SubmissionUploadErrors.Malformed;
                }

                var text = new UploadLimitStream(section.Body, MaxSubmissionPartBytes);
                using var utf8 = new StreamReader(text, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
                json = await utf8.ReadToEndAsync(ct);
            }
            else if (name.StartsWith(PhotoPrefix, StringComparison.Ordinal))
            {
                if (photos.Count == SubmissionLimits.MaxPhotosPerSubmission)
                {
                    return SubmissionErrors.TooLarge;
                }

                var questionKey = name[PhotoPrefix.Length..];
                var limit = Math.Min(SubmissionLimits.MaxPhotoBytes, SubmissionLimits.MaxTotalBytes - total);
                var key = FileKeys.Upload(Guid.NewGuid());
                staged.Add(key);
                var content = new UploadLimitStream(section.Body, limit);
                try
                {
                    await files.PutAsync(key, content, ct);
                }
                catch (UploadLimitExceededException)
                {
                    // The submission's total was the tighter limit, or this one photo is too large for any question.
                    return limit < SubmissionLimits.MaxPhotoBytes ? SubmissionErrors.TooLarge : SubmissionAnswerErrors.TooLarge(questionKey, SubmissionLimits.MaxPhotoBytes);
                }

                total += content.BytesRead;
                photos.Add(SubmissionPhotoUpload.Staged(questionKey, key, content.BytesRead));
            }
            else
            {
                await section.Body.CopyToAsync(Stream.Null, ct);
            }
        }

        return (json, photos);
    }
}
