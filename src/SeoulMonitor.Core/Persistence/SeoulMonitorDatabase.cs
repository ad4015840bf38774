using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Diagnostics;

namespace SeoulMonitor.Core.Persistence;

/// <summary>Creates and migrates the database (on start of the host, or from a deployment step).</summary>
public sealed class SeoulMonitorDatabase
{
    private readonly SeoulMonitorDbContext _db;
    private readonly ILogger<SeoulMonitorDatabase> _logger;

    /// <summary>Creates the initializer over the scoped context.</summary>
    public SeoulMonitorDatabase(SeoulMonitorDbContext db, ILogger<SeoulMonitorDatabase> logger)
    {
        _db = db;
        _logger = logger;
    }

    /// <summary>Applies every pending migration; on SQLite creates the file (and its folder) and turns on WAL.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (_db.Provider == StorageProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(_db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        var pending = (await _db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
        await _db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (_db.Provider == StorageProvider.Sqlite)
        {
            await _db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        _logger.DatabaseMigrated(_db.Provider.ToString(), pending);
    }

    /// <summary>Whether the database answers.</summary>
    public Task<bool> CanConnectAsync(CancellationToken cancellationToken = default) =>
        _db.Database.CanConnectAsync(cancellationToken);
}
