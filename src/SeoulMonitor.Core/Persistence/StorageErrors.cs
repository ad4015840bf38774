using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SeoulMonitor.Core.Persistence;

/// <summary>Recognises provider errors that are expected outcomes of concurrent writers.</summary>
internal static class StorageErrors
{
    /// <summary>Whether the save failed on a unique or primary key (SQLite constraint 19; PostgreSQL 23505).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
