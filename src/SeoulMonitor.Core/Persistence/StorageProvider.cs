namespace SeoulMonitor.Core.Persistence;

/// <summary>The database behind the domain model.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file: the embedded default, no server needed.</summary>
    Sqlite,

    /// <summary>PostgreSQL: for several host processes sharing one database.</summary>
    PostgreSql,
}
