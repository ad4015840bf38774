using System.Security.Cryptography;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Forms;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>Checks a draft's photos against its form version: photo questions only, count, size and content.</summary>
internal static class PhotoChecker
{
    /// <summary>The checked photos in upload order, or the first problem.</summary>
    public static Result<IReadOnlyList<CheckedPhoto>> Check(FormDefinition form, IReadOnlyList<SubmissionPhotoUpload> photos)
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
            if (photo.Content.Length > maxBytes)
            {
                return SubmissionAnswerErrors.TooLarge(key, maxBytes);
            }

            if (PhotoContent.Detect(photo.Content.Span) is not { } contentType)
            {
                return SubmissionAnswerErrors.NotAnImage(key);
            }

            // Stored (and hashed) without the phone's metadata (EXIF GPS, device, owner): see PhotoMetadata.
            var content = PhotoMetadata.Strip(contentType, photo.Content);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
            checkedPhotos.Add(new CheckedPhoto(key, contentType, sha256, FileKeys.Photo(sha256), content));
        }

        return checkedPhotos;
    }
}
