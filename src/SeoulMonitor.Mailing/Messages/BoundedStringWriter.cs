using System.Text;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// A reusable <see cref="TextWriter"/> over a <see cref="StringBuilder"/> that stops appending at a limit and remembers
/// that it overflowed (a template cannot make a worker allocate without bound). Not thread-safe.
/// </summary>
internal sealed class BoundedStringWriter(int limit) : TextWriter
{
    public StringBuilder Builder { get; } = new();

    public bool Overflowed { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public void Reset()
    {
        Builder.Clear();
        Overflowed = false;
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    // TextWriter's own WriteAsync methods queue every write to the thread pool (and the renderer then blocks on the
    // result): writing to a StringBuilder is synchronous, so complete in place.

    /// <inheritdoc/>
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (Overflowed)
        {
            return;
        }

        if (Builder.Length + buffer.Length > limit)
        {
            Overflowed = true;
            return;
        }

        Builder.Append(buffer);
    }
}
