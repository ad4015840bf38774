using System.Security.Cryptography;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// Checks a draft's photos against its form version: photo questions only, count, size and content. Photos are read
/// one at a time (a staged photo from the file store, never more than its question allows), so memory holds at most
/// one photo however many a submission has.
/// </summary>
internal static class PhotoChecker
{
    /// <summary>The checked photos in upload order, or the first problem.</summary>
    public static async Task<Result<IReadOnlyList<CheckedPhoto>>> CheckAsync(
        FormDefinition form, IReadOnlyList<SubmissionPhotoUpload> photos, IFileStore files, CancellationToken cancellationToken)
    {
        var questions = form.Questions.ToDictionary(q => q.Key, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedPhotos = new List<CheckedPhoto>(photos.Count);
        foreach (var photo in photos)
        {
            var key = photo.QuestionKey ?? string.Empty;
            if (!questions.TryGetValue(key, out var question) || question.Kind != QuestionKind.Photo)
            {
                return SubmissionAnswerErrors.QuestionInvalid(key);
            }

            var count = counts[key] = counts.GetValueOrDefault(key) + 1;
            var maxPhotos = Math.Min(question.MaxPhotos ?? SubmissionLimits.DefaultMaxPhotos, SubmissionLimits.MaxPhotosPerSubmission);
            if (count > maxPhotos)
            {
                return SubmissionAnswerErrors.TooMany(key, maxPhotos);
            }

            var maxBytes = Math.Min(question.MaxPhotoBytes ?? SubmissionLimits.MaxPhotoBytes, SubmissionLimits.MaxPhotoBytes);
            var content = photo.Length > maxBytes ? null : await ReadAsync(photo, maxBytes, files, cancellationToken).ConfigureAwait(false);
            if (content is not { } bytes)
            {
                return SubmissionAnswerErrors.TooLarge(key, maxBytes);
            }

            if (PhotoContent.Detect(bytes.Span) is not { } contentType)
            {
                return SubmissionAnswerErrors.NotAnImage(key);
            }

            // Stored (and hashed) without the phone's metadata (EXIF GPS, device, owner): see PhotoMetadata.
            var stripped = PhotoMetadata.Strip(contentType, bytes);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(stripped.Span));
            checkedPhotos.Add(new CheckedPhoto(key, contentType, sha256, stripped.Length, FileKeys.Photo(sha256), photo));
        }

        return checkedPhotos;
    }

    /// <summary>The photo's content without metadata, as checked (read again when it is stored).</summary>
    public static async Task<ReadOnlyMemory<byte>> StrippedAsync(CheckedPhoto photo, IFileStore files, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(photo.Upload, SubmissionLimits.MaxPhotoBytes, files, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A checked photo's upload is gone or changed.");
        return PhotoMetadata.Strip(photo.ContentType, content);
    }

    /// <summary>The upload's bytes, or null when it holds more than <paramref name="maxBytes"/> (or its staged file is missing).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadAsync(SubmissionPhotoUpload photo, long maxBytes, IFileStore files, CancellationToken ct)
    {
        if (photo.UploadKey is not { } uploadKey)
        {
            // (A bare null here would become an empty memory through the array conversion, not "no content".)
            return photo.Content.Length > maxBytes ? (ReadOnlyMemory<byte>?)null : photo.Content;
        }

        var stream = await files.OpenReadAsync(uploadKey, ct).ConfigureAwait(false);
        if (stream is null)
        {
            return null;
        }

        await using (stream.ConfigureAwait(false))
        {
            // One byte more than allowed tells a file that grew beyond its declared length from one that fits.
            var buffer = new byte[Math.Min(photo.Length, maxBytes) + 1];
            var read = 0;
            while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), ct).ConfigureAwait(false) is var n and > 0)
            {
                read += n;
            }

            return read > maxBytes || read != photo.Length ? (ReadOnlyMemory<byte>?)null : buffer.AsMemory(0, read);
        }
    }
}
