namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// A photo that passed the checks: its detected type, the hash and length of its content without metadata, and its
/// store key. The stripped bytes are not kept: they are made again from <see cref="Upload"/> when the photo is stored.
/// </summary>
internal sealed record CheckedPhoto(string QuestionKey, string ContentType, string Sha256, long Length, string StorageKey, SubmissionPhotoUpload Upload);
