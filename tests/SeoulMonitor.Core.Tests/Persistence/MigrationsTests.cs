using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Tests.Persistence;

/// <summary>The committed migrations describe the current model (run eng/regenerate-migrations.sh when this fails).</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_CurrentModel_HaveNoPendingChanges()
    {
        using var db = new SqliteSeoulMonitorDbContext(
            new DbContextOptionsBuilder<SqliteSeoulMonitorDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model has changes without a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void PostgresMigrations_CurrentModel_HaveNoPendingChanges()
    {
        // Comparing the model with the snapshot does not connect.
        using var db = new PostgresSeoulMonitorDbContext(
            new DbContextOptionsBuilder<PostgresSeoulMonitorDbContext>().UseNpgsql("Host=127.0.0.1;Database=model_check").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL model has changes without a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
