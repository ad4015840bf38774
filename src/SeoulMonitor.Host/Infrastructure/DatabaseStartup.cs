using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Demo;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>Migrates the database on start, seeds the lists catalogue (idempotent) and, when enabled, seeds demo data into an empty one.</summary>
internal static class DatabaseStartup
{
    public static async Task InitializeDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeoulMonitorDatabase>().MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<SeoulMonitor.Core.Audiences.Lists.ListCatalogSeeder>().SeedAsync(cancellationToken);
        if (app.Configuration.GetValue("SeoulMonitor:Demo:Enabled", false))
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(cancellationToken);
        }
    }
}
