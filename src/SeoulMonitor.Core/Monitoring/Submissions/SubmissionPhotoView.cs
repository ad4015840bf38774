namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>A photo of a submission (its content is read separately).</summary>
/// <param name="Id">The photo's id.</param>
/// <param name="QuestionKey">The photo question it answers.</param>
/// <param name="ContentType">The media type detected from the content.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content.</param>
public sealed record SubmissionPhotoView(Guid Id, string QuestionKey, string ContentType, long Length, string Sha256)
{
    internal static SubmissionPhotoView From(SubmissionPhoto p) => new(p.Id, p.QuestionKey, p.ContentType, p.Length, p.Sha256);
}
