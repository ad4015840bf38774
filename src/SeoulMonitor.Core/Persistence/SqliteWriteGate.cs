using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SeoulMonitor.Core.Persistence;

/// <summary>
/// Queues this process's writers of one SQLite database asynchronously. SQLite has one writer at a time,
/// and Microsoft.Data.Sqlite waits for a busy database by blocking its thread (sleep and retry until the busy
/// timeout), so a rush of writers (applications, budget commitments) would hold one thread-pool thread each and starve everything else in the
/// process. Waiting here costs no thread; the database's own locking still serialises writers of other processes.
/// PostgreSQL needs no gate (its writers queue on row locks).
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Enters the gate of the context's database (SQLite only, and not inside a caller's transaction, which already
    /// holds the write lock); dispose the result to leave.
    /// </summary>
    public static async Task<IDisposable?> EnterAsync(SeoulMonitorDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider != StorageProvider.Sqlite || db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var key = string.IsNullOrEmpty(source) || source.Contains(":memory:", StringComparison.Ordinal) || source.StartsWith("file:", StringComparison.Ordinal)
            ? source
            : Path.GetFullPath(source);
        var gate = Gates.GetOrAdd(key, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
