using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Tests.Infrastructure;

/// <summary>One SQLite host shared by the cases of a table-driven test class (each case arranges its own records).</summary>
public sealed class SqliteHostFixture : IAsyncLifetime
{
    private CoreTestHost? _host;

    /// <summary>The shared host.</summary>
    public CoreTestHost Host => _host ?? throw new InvalidOperationException("Not initialized.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
