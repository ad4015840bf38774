using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Core;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Core.Tests.Infrastructure;

/// <summary>
/// The Core services on a fresh database of the chosen provider (a temporary SQLite file, or a new database on the
/// test PostgreSQL cluster), with a fake clock. Dispose removes the SQLite file.
/// </summary>
public sealed class CoreTestHost : IAsyncDisposable
{
    private readonly string? _sqliteFile;

    private CoreTestHost(ServiceProvider services, FakeTimeProvider time, StorageProvider provider, string? sqliteFile)
    {
        Services = services;
        Time = time;
        Provider = provider;
        _sqliteFile = sqliteFile;
    }

    /// <summary>The container.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The fake clock every service reads.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The provider under test.</summary>
    public StorageProvider Provider { get; }

    /// <summary>A default start instant: 2026-03-02 10:00 in Seoul.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Starts the services on a new, empty, migrated database; <paramref name="services"/> adds more registrations.</summary>
    public static async Task<CoreTestHost> CreateAsync(
        StorageProvider provider, Action<SeoulMonitorCoreOptions>? configure = null, DateTimeOffset? start = null,
        Action<IServiceCollection>? services = null)
    {
        string connectionString;
        string? file = null;
        if (provider == StorageProvider.PostgreSql)
        {
            var server = await PostgresServer.GetAsync();
            connectionString = await server.CreateDatabaseAsync("core");
        }
        else
        {
            file = Path.Combine(Path.GetTempPath(), $"seoulmonitor-test-{Guid.NewGuid():N}.db");
            connectionString = $"Data Source={file};Pooling=False;Default Timeout=60";
        }

        var time = new FakeTimeProvider(start ?? DefaultStart);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSeoulMonitorCore(options =>
        {
            options.Storage.Provider = provider;
            options.Storage.ConnectionString = connectionString;
            configure?.Invoke(options);
        });
        services?.Invoke(collection);
        var container = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var host = new CoreTestHost(container, time, provider, file);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SeoulMonitorDatabase>().MigrateAsync();
        }

        return host;
    }

    /// <summary>A new scope (one unit of work, like one HTTP request).</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Runs <paramref name="work"/> with a service from a fresh scope.</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        var postgres = Provider == StorageProvider.PostgreSql
            ? Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SeoulMonitor.Core.SeoulMonitorCoreOptions>>().Value.Storage.ConnectionString
            : null;
        await Services.DisposeAsync();
        if (postgres is not null)
        {
            // Each test has its own database and so its own pool: close its idle connections now, not minutes later.
            Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(postgres));
        }

        if (_sqliteFile is not null)
        {
            foreach (var path in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
