using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Benchmarks;

/// <summary>The Core services on a fresh, migrated SQLite file in the temporary folder.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"seoulmonitor-bench-{Guid.NewGuid():N}.db");

    public ServiceProvider Services { get; private set; } = null!;

    public static async Task<BenchmarkDatabase> CreateAsync()
    {
        var database = new BenchmarkDatabase();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSeoulMonitorCore(o => o.Storage.ConnectionString = $"Data Source={database._file}");
        database.Services = services.BuildServiceProvider();
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeoulMonitorDatabase>().MigrateAsync();
        return database;
    }

    /// <summary>Appends <paramref name="count"/> records, <paramref name="perTransaction"/> to a transaction.</summary>
    public async Task AppendAsync(int count, int perTransaction)
    {
        for (var done = 0; done < count; done += perTransaction)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            var batch = Math.Min(perTransaction, count - done);
            await db.ExecuteAsync<Unit>(async ct =>
            {
                for (var i = 0; i < batch; i++)
                {
                    await audit.RecordAsync(Actor.Staff("staff-kim"), "membership", Guid.NewGuid().ToString("D"), "Suspend", "Active", "Suspended", "monthly reports missing", ct);
                }

                return Unit.Value;
            }, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
