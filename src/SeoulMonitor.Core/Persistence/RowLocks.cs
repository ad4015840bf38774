using Microsoft.EntityFrameworkCore;

namespace SeoulMonitor.Core.Persistence;

/// <summary>
/// Serialises writers of one record (or one named resource) for the rest of the current transaction. On PostgreSQL
/// this takes a row lock (<c>SELECT … FOR UPDATE</c>) or a transaction-scoped advisory lock; SQLite transactions
/// already hold the database's write lock from their start (Microsoft.Data.Sqlite begins them IMMEDIATE).
/// </summary>
internal static class RowLocks
{
    /// <summary>Loads and locks the row with the given id from <paramref name="table"/> (tracked).</summary>
    public static async Task<T?> LockByIdAsync<T>(this SeoulMonitorDbContext db, string table, Guid id, CancellationToken cancellationToken)
        where T : class
    {
        if (db.Provider != StorageProvider.PostgreSql)
        {
            return await db.Set<T>().FindAsync([id], cancellationToken).ConfigureAwait(false);
        }

        // The table name is a constant of the caller's mapping, never input.
#pragma warning disable EF1002
        var rows = await db.Set<T>()
            .FromSqlRaw($"SELECT * FROM \"{table}\" WHERE \"Id\" = {{0}} FOR UPDATE", id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        return rows.SingleOrDefault();
    }

    /// <summary>Takes a named, transaction-scoped lock (PostgreSQL advisory lock; a no-op on SQLite).</summary>
    public static async Task LockNameAsync(this SeoulMonitorDbContext db, long key, CancellationToken cancellationToken)
    {
        if (db.Provider == StorageProvider.PostgreSql)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken).ConfigureAwait(false);
        }
    }
}
