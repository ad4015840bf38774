namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// One uploaded photo of a draft: the photo question it answers and its bytes (checked by content), either in memory
/// (<see cref="Content"/>) or already streamed into the file store under an upload key (<see cref="Staged"/>), from
/// where it is read one photo at a time. The caller that staged a photo removes its upload key afterwards.
/// </summary>
/// <param name="QuestionKey">The photo question's key.</param>
/// <param name="Content">The file's bytes (empty for a staged photo).</param>
public sealed record SubmissionPhotoUpload(string QuestionKey, ReadOnlyMemory<byte> Content)
{
    /// <summary>The file-store key of a staged photo (see <see cref="Files.FileKeys.Upload"/>); null for one in memory.</summary>
    public string? UploadKey { get; private init; }

    /// <summary>The photo's size in bytes, as received.</summary>
    public long Length => UploadKey is null ? Content.Length : StagedLength;

    private long StagedLength { get; init; }

    /// <summary>A photo of <paramref name="length"/> bytes already stored under <paramref name="uploadKey"/>.</summary>
    public static SubmissionPhotoUpload Staged(string questionKey, string uploadKey, long length)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadKey);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new SubmissionPhotoUpload(questionKey, ReadOnlyMemory<byte>.Empty) { UploadKey = uploadKey, StagedLength = length };
    }
}
