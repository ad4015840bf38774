using Microsoft.Win32.SafeHandles;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// One journal file. Workers reserve a record's offset atomically and write it with one positioned write
/// (<see cref="RandomAccess.Write(SafeFileHandle, ReadOnlySpan{byte}, long)"/>, no buffering, no fsync); the ledger
/// writer counts the records it committed. A retired segment whose records are all committed is deleted.
/// </summary>
internal sealed class JournalSegment : IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _reserved;
    private long _committed;
    private int _activeWriters;

    public JournalSegment(string path, long generation)
    {
        Path = path;
        Generation = generation;
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
    }

    public string Path { get; }

    public long Generation { get; }

    public long Reserved => Interlocked.Read(ref _reserved);

    public long Committed => Interlocked.Read(ref _committed);

    public bool IsDrained => Volatile.Read(ref _activeWriters) == 0 && Committed >= Reserved;

    /// <summary>Called under the journal's lock: reserves the next record's offset.</summary>
    public long Reserve()
    {
        Interlocked.Increment(ref _activeWriters);
        return (Interlocked.Increment(ref _reserved) - 1) * JournalRecord.Size;
    }

    /// <summary>Writes a reserved record (outside the journal's lock; positioned writes do not overlap).</summary>
    public void Write(ReadOnlySpan<byte> record, long offset)
    {
        try
        {
            RandomAccess.Write(_handle, record, offset);
        }
        finally
        {
            Interlocked.Decrement(ref _activeWriters);
        }
    }

    public void MarkCommitted(int count) => Interlocked.Add(ref _committed, count);

    public void Dispose() => _handle.Dispose();
}
