using System.Text;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// A growable byte buffer a writer reuses for every message: append-only between <see cref="Reset"/>s, grown by
/// doubling (a worker's buffer settles at its largest message). Not thread-safe.
/// </summary>
internal sealed class WireBuffer(int capacity)
{
    private byte[] _bytes = new byte[capacity];

    /// <summary>The bytes written so far are <c>Bytes[..Length]</c>; valid until the next write that grows the buffer.</summary>
    public byte[] Bytes => _bytes;

    public int Length { get; private set; }

    /// <summary>Empties the buffer, leaving <paramref name="start"/> bytes of room at its head.</summary>
    public void Reset(int start = 0)
    {
        Ensure(start);
        Length = start;
    }

    /// <summary>Room for <paramref name="count"/> more bytes; returns the span to write into (then <see cref="Advance"/>).</summary>
    public Span<byte> Ensure(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Ensure(bytes.Length));
        Length += bytes.Length;
    }

    public void Write(byte value)
    {
        Ensure(1)[0] = value;
        Length++;
    }

    public void WriteCrlf() => Write("\r\n"u8);

    /// <summary>Writes text that is known to be ASCII (header syntax, addresses, tokens).</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds a non-ASCII character.</exception>
    public void WriteAscii(ReadOnlySpan<char> text)
    {
        if (Ascii.FromUtf16(text, Ensure(text.Length), out var written) != System.Buffers.OperationStatus.Done)
        {
            throw new ArgumentException("The text is not ASCII.", nameof(text));
        }

        Length += written;
    }

    /// <summary>Writes <paramref name="value"/> in decimal.</summary>
    public void WriteNumber(long value)
    {
        value.TryFormat(Ensure(20), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        Length += written;
    }
}
