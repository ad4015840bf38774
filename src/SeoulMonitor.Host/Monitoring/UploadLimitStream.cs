namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// A read-only view of a request part that refuses to yield more than <c>limit</c> bytes: the read that would pass
/// the limit throws <see cref="UploadLimitExceededException"/>, so an oversized part is abandoned as soon as it is
/// too large, before the rest of it (or of the body) is read.
/// </summary>
internal sealed class UploadLimitStream(Stream inner, long limit) : Stream
{
    /// <summary>Bytes read so far (never more than the limit).</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        if (BytesRead + read > limit)
        {
            throw new UploadLimitExceededException(limit);
        }

        BytesRead += read;
        return read;
    }
}
