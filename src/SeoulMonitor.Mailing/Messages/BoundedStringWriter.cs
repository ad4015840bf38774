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
