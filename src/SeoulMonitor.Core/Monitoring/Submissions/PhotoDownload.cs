namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>A photo's content, opened for reading (the caller disposes it).</summary>
/// <param name="ContentType">The detected media type.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content (an ETag).</param>
/// <param name="Content">The content.</param>
public sealed record PhotoDownload(string ContentType, long Length, string Sha256, Stream Content);
