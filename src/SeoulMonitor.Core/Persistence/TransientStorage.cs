using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SeoulMonitor.Core.Persistence;

/// <summary>
/// Recognises transient conflicts between concurrent writers, which a fresh attempt of the same unit of work resolves:
/// SQLite BUSY/LOCKED after its busy timeout, PostgreSQL serialization failures and deadlocks, an optimistic
/// concurrency conflict, and a timeout waiting for a pooled connection or a lock.
/// </summary>
internal static class TransientStorage
{
    /// <summary>Whether <paramref name="exception"/> is a transient conflict.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => IsTransient(inner),
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        NpgsqlException { InnerException: TimeoutException } => true, // pool exhausted, or the command timed out waiting
        _ => false,
    };

    /// <summary>
    /// Runs one unit of work (<see cref="UnitOfWork.ExecuteAsync{T}"/>), again up to <paramref name="retries"/> times
    /// when it fails with a transient conflict; each attempt is a fresh transaction and a refused attempt has written
    /// nothing. On SQLite the attempts wait their turn in <see cref="SqliteWriteGate"/> first, without holding a thread.
    /// </summary>
    public static async Task<Common.Result<T>> ExecuteWithRetriesAsync<T>(
        this SeoulMonitorDbContext db,
        Func<CancellationToken, Task<Common.Result<T>>> work,
        int retries,
        Action<int, Exception> onRetry,
        CancellationToken cancellationToken)
    {
        using var gate = await SqliteWriteGate.EnterAsync(db, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.ExecuteAsync(work, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt <= retries && IsTransient(ex))
            {
                db.ChangeTracker.Clear();
                onRetry(attempt, ex);
            }
        }
    }
}
