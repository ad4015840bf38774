using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Monitoring.Files;

namespace SeoulMonitor.Core.Tests.Monitoring.Files;

public sealed class FileStoreRegistrationTests
{
    private sealed class FakeFileStore : IFileStore
    {
        public Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult<Stream?>(null);

        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }

    private static ServiceProvider Build(Action<IServiceCollection>? before = null, Action<FileStoreOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        before?.Invoke(services);
        services.AddSeoulMonitorCore(o => o.Storage.ConnectionString = "Data Source=:memory:");
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddSeoulMonitorCore_Default_FileSystemStoreUnderDataFiles()
    {
        using var provider = Build();

        var store = Assert.IsType<FileSystemFileStore>(provider.GetRequiredService<IFileStore>());

        Assert.Equal(Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), "data", "files")), store.RootDirectory);
    }

    [Fact]
    public void AddSeoulMonitorCore_HostRegisteredStore_Kept()
    {
        var fake = new FakeFileStore();
        using var provider = Build(s => s.AddSingleton<IFileStore>(fake));

        Assert.Same(fake, provider.GetRequiredService<IFileStore>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("data/\0files")]
    public void Options_InvalidRootPath_FailValidation(string root)
    {
        using var provider = Build(configure: o => o.RootPath = root);

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FileStoreOptions>>().Value);
    }
}
