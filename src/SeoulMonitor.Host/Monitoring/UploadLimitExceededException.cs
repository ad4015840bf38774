namespace SeoulMonitor.Host.Monitoring;

/// <summary>A request part passed its size limit while it was being read (see <see cref="UploadLimitStream"/>).</summary>
internal sealed class UploadLimitExceededException(long limit) : IOException($"The part is larger than {limit} bytes.")
{
    /// <summary>The limit that was passed, in bytes.</summary>
    public long Limit { get; } = limit;
}
