namespace SeoulMonitor.Mailing.Tests.Fakes;

/// <summary>A buffered reader of SMTP lines and exact byte counts over a stream (the server side of the wire).</summary>
internal sealed class SmtpWireReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[16384];
    private int _start;
    private int _end;

    public Stream Stream { get; set; } = stream;

    /// <summary>Reads from the stream so far: commands that arrive with the same count came in one read (one packet).</summary>
    public long Reads { get; private set; }

    /// <summary>Whether bytes the client already sent are waiting (pipelined commands): replies can be batched.</summary>
    public bool HasBufferedData => _start < _end;

    /// <summary>Reads one line without its CRLF, or null at end of stream.</summary>
    public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        using var line = new MemoryStream();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                return line.Length > 0 ? line.ToArray() : null;
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var lf = span.IndexOf((byte)'\n');
            if (lf < 0)
            {
                line.Write(span);
                _start = _end;
                continue;
            }

            line.Write(span[..lf]);
            _start += lf + 1;
            var bytes = line.ToArray();
            return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
        }
    }

    /// <summary>Reads up to <paramref name="max"/> bytes that are available (at least one), or 0 at end of stream.</summary>
    public async Task<int> ReadSomeAsync(byte[] destination, int offset, int max, CancellationToken cancellationToken)
    {
        if (_start == _end && !await FillAsync(cancellationToken))
        {
            return 0;
        }

        var n = Math.Min(max, _end - _start);
        Buffer.BlockCopy(_buffer, _start, destination, offset, n);
        _start += n;
        return n;
    }

    /// <summary>Forgets buffered bytes (after STARTTLS the plain-text buffer must be empty anyway).</summary>
    public void Reset() => _start = _end = 0;

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        Reads++;
        _end = await Stream.ReadAsync(_buffer, cancellationToken);
        return _end > 0;
    }
}
