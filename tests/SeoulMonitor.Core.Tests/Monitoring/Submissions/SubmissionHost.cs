using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Monitoring.Submissions;

/// <summary>A <see cref="CoreTestHost"/> whose file store keeps photos in a temporary directory (removed on dispose).</summary>
public sealed class SubmissionHost : IAsyncDisposable
{
    private SubmissionHost(CoreTestHost core, string fileRoot)
    {
        Core = core;
        FileRoot = fileRoot;
    }

    /// <summary>The Core services.</summary>
    public CoreTestHost Core { get; }

    /// <summary>The file store's root directory.</summary>
    public string FileRoot { get; }

    public static async Task<SubmissionHost> CreateAsync(StorageProvider provider)
    {
        var root = Path.Combine(Path.GetTempPath(), $"seoulmonitor-files-{Guid.NewGuid():N}");
        var core = await CoreTestHost.CreateAsync(provider, services: s => s.Configure<FileStoreOptions>(o => o.RootPath = root));
        return new SubmissionHost(core, root);
    }

    /// <summary>How many files the store holds (temporary files included, so a leftover would show).</summary>
    public int FileCount() => Directory.Exists(FileRoot) ? Directory.GetFiles(FileRoot, "*", SearchOption.AllDirectories).Length : 0;

    public async ValueTask DisposeAsync()
    {
        await Core.DisposeAsync();
        if (Directory.Exists(FileRoot))
        {
            Directory.Delete(FileRoot, recursive: true);
        }
    }
}

/// <summary>One <see cref="SubmissionHost"/> on SQLite shared by the cases of a table-driven class.</summary>
public sealed class SubmissionHostFixture : IAsyncLifetime
{
    private SubmissionHost? _host;

    public SubmissionHost Host => _host ?? throw new InvalidOperationException("Not initialized.");

    public async ValueTask InitializeAsync() => _host = await SubmissionHost.CreateAsync(StorageProvider.Sqlite);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
