using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SeoulMonitor.Core.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSeoulMonitorDbContext>
{
    public SqliteSeoulMonitorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSeoulMonitorDbContext>().UseSqlite("Data Source=design.db").Options);
}
