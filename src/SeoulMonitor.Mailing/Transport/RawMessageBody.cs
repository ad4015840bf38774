using MimeKit;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// A body part without headers that writes the given bytes as they are (see <see cref="RawMimeMessage"/>). Only valid
/// while its bytes are (during one send).
/// </summary>
internal sealed class RawMessageBody : MimePart
{
    private readonly ReadOnlyMemory<byte> _bytes;

    public RawMessageBody(ReadOnlyMemory<byte> bytes)
    {
        _bytes = bytes;
        Headers.Clear();
    }

    /// <inheritdoc />
    public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        stream.Write(_bytes.Span);
    }

    /// <inheritdoc />
    public override Task WriteToAsync(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.WriteAsync(_bytes, cancellationToken).AsTask();
    }
}
