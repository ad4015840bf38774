namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>One uploaded photo of a draft: the photo question it answers and its bytes (checked by content).</summary>
/// <param name="QuestionKey">The photo question's key.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record SubmissionPhotoUpload(string QuestionKey, ReadOnlyMemory<byte> Content);
