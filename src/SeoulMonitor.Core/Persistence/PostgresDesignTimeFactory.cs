using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SeoulMonitor.Core.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSeoulMonitorDbContext>
{
    public PostgresSeoulMonitorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSeoulMonitorDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
