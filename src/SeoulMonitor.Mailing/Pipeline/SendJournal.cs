using System.Globalization;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The node's append-only crash journal: a worker appends a record right after the next hop answered a message, so
/// that an answer accepted by the server but not yet written to the ledger (outcomes are written in batches) survives
/// a killed process. Records reach the OS with one write each and without fsync: they survive kill -9 (the page cache
/// belongs to the kernel) but not a power loss, which is out of scope. Files are named
/// <c>{nodeId}.{generation}.journal</c>; when everything in a file is committed to the ledger and a newer file exists,
/// the old one is deleted.
/// </summary>
internal sealed class SendJournal : IDisposable
{
    private const string Extension = ".journal";
    private readonly Lock _gate = new();
    private readonly string _directory;
    private readonly string _nodeId;
    private readonly int _rotateRecords;
    private readonly List<JournalSegment> _retired = [];
    private JournalSegment _current;

    private SendJournal(string directory, string nodeId, int rotateRecords, IReadOnlyList<string> previousFiles, long generation)
    {
        _directory = directory;
        _nodeId = nodeId;
        _rotateRecords = rotateRecords;
        PreviousFiles = previousFiles;
        _current = new JournalSegment(PathOf(generation), generation);
    }

    /// <summary>Files left by an earlier run of this node (to replay before claiming), oldest first.</summary>
    public IReadOnlyList<string> PreviousFiles { get; }

    /// <summary>The file workers append to now.</summary>
    public JournalSegment Current => Volatile.Read(ref _current);

    /// <summary>Opens a new file after any left by an earlier run of <paramref name="nodeId"/>.</summary>
    public static SendJournal Open(string directory, string nodeId, int rotateRecords)
    {
        Directory.CreateDirectory(directory);
        var previous = Directory.GetFiles(directory, nodeId + ".*" + Extension)
            .Select(path => (path, generation: GenerationOf(path, nodeId)))
            .Where(f => f.generation >= 0)
            .OrderBy(f => f.generation)
            .ToList();
        var next = previous.Count == 0 ? 1 : previous[^1].generation + 1;
        return new SendJournal(directory, nodeId, rotateRecords, previous.ConvertAll(f => f.path), next);
    }

    /// <summary>Reads the valid records of a file in order, skipping torn or zeroed ones.</summary>
    public static IEnumerable<JournalRecord> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        for (var offset = 0; offset + JournalRecord.Size <= bytes.Length; offset += JournalRecord.Size)
        {
            if (JournalRecord.TryRead(bytes.AsSpan(offset, JournalRecord.Size), out var record))
            {
                yield return record;
            }
        }
    }

    /// <summary>Appends one record with one positioned write; returns the file it went to (for the checkpoint).</summary>
    public JournalSegment Append(in JournalRecord record)
    {
        Span<byte> buffer = stackalloc byte[JournalRecord.Size];
        record.WriteTo(buffer);
        JournalSegment segment;
        long offset;
        lock (_gate)
        {
            segment = _current;
            offset = segment.Reserve();
        }

        try
        {
            segment.Write(buffer, offset);
        }
        catch
        {
            // The reserved slot holds no record: count it as committed so that the file can still be deleted.
            segment.MarkCommitted(1);
            throw;
        }

        return segment;
    }

    /// <summary>
    /// Called by the ledger writer after a commit: starts a new file when the current one is full, and deletes retired
    /// files whose records are all committed. Returns how many files were deleted.
    /// </summary>
    public int Checkpoint()
    {
        lock (_gate)
        {
            if (_current.Reserved >= _rotateRecords)
            {
                _retired.Add(_current);
                var generation = _current.Generation + 1;
                _current = new JournalSegment(PathOf(generation), generation);
            }

            return DeleteDrained(_retired);
        }
    }

    /// <summary>Deletes files left by an earlier run once they are replayed into the ledger.</summary>
    public static void DeleteFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            File.Delete(path);
        }
    }

    /// <summary>After a graceful stop with everything committed: removes the current file too.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _retired.Add(_current);
            DeleteDrained(_retired);
            foreach (var segment in _retired)
            {
                segment.Dispose();
            }

            _retired.Clear();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current.Dispose();
            foreach (var segment in _retired)
            {
                segment.Dispose();
            }
        }
    }

    private static int DeleteDrained(List<JournalSegment> segments)
    {
        var deleted = 0;
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            if (segments[i].IsDrained)
            {
                segments[i].Dispose();
                File.Delete(segments[i].Path);
                segments.RemoveAt(i);
                deleted++;
            }
        }

        return deleted;
    }

    private static long GenerationOf(string path, string nodeId)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        return name.Length > nodeId.Length + 1 && name.StartsWith(nodeId + ".", StringComparison.Ordinal)
            && long.TryParse(name.AsSpan(nodeId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
            ? generation
            : -1;
    }

    private string PathOf(long generation) =>
        System.IO.Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"{_nodeId}.{generation:D8}{Extension}"));
}
