using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SeoulMonitor.Core.Persistence;

/// <summary>The domain model on SQLite (the embedded default).</summary>
public sealed class SqliteSeoulMonitorDbContext : SeoulMonitorDbContext
{
    /// <summary>Creates the context.</summary>
    public SqliteSeoulMonitorDbContext(DbContextOptions<SqliteSeoulMonitorDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    public override StorageProvider Provider => StorageProvider.Sqlite;

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time type: instants are stored as UTC ticks so that they sort and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
