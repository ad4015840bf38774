using Microsoft.EntityFrameworkCore;

namespace SeoulMonitor.Core.Persistence;

/// <summary>
/// The program's domain model. Each provider has its own derived context and migrations
/// (<see cref="SqliteSeoulMonitorDbContext"/>, <see cref="PostgresSeoulMonitorDbContext"/>); services depend on this base.
/// Entity mappings live beside their features as <see cref="IEntityTypeConfiguration{TEntity}"/> classes.
/// </summary>
public abstract class SeoulMonitorDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    protected SeoulMonitorDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The provider this context talks to.</summary>
    public abstract StorageProvider Provider { get; }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SeoulMonitorDbContext).Assembly);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
