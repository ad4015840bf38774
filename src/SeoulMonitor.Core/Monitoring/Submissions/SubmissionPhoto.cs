namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>A photo of a submission, checked by content and kept in the file store under its content hash.</summary>
public sealed class SubmissionPhoto
{
    /// <summary>The photo's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The submission.</summary>
    public Guid SubmissionId { get; init; }

    /// <summary>The photo question it answers.</summary>
    public string QuestionKey { get; init; } = string.Empty;

    /// <summary>The media type detected from the content (image/jpeg, image/png, image/heic, image/webp).</summary>
    public string ContentType { get; init; } = string.Empty;

    /// <summary>Size in bytes.</summary>
    public long Length { get; init; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; init; } = string.Empty;

    /// <summary>The file store's key for the content.</summary>
    public string StorageKey { get; init; } = string.Empty;

    /// <summary>When it was received (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
