using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>Refusals of the submission upload's envelope (stable codes; the content is checked by the Core).</summary>
internal static class SubmissionUploadErrors
{
    /// <summary>The body is not a readable submission.</summary>
    public static DomainError Malformed { get; } = DomainError.Validation(
        "submission.request.malformed", "submission",
        "Send the submission as JSON, or as multipart/form-data with a 'submission' JSON part and photo parts named 'photo.<questionKey>'.",
        "제출 내용을 JSON으로, 또는 'submission' JSON 항목과 'photo.<문항키>' 사진 항목이 있는 multipart/form-data로 보내세요.");

    /// <summary>Neither JSON nor a form.</summary>
    public static DomainError UnsupportedMediaType { get; } = new(
        "submission.request.unsupported_media_type", ErrorKind.Validation,
        "Send application/json or multipart/form-data.", "application/json 또는 multipart/form-data로 보내세요.", "Content-Type");
}
