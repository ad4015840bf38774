using Microsoft.EntityFrameworkCore;

namespace SeoulMonitor.Core.Persistence;

/// <summary>The domain model on PostgreSQL (several nodes, one database).</summary>
public sealed class PostgresSeoulMonitorDbContext : SeoulMonitorDbContext
{
    /// <summary>Creates the context.</summary>
    public PostgresSeoulMonitorDbContext(DbContextOptions<PostgresSeoulMonitorDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    public override StorageProvider Provider => StorageProvider.PostgreSql;
}
