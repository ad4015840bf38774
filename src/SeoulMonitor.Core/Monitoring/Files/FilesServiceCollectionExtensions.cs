using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Monitoring.Files;

/// <summary>Registers the default file store (a host may register its own <see cref="IFileStore"/> first; TryAdd).</summary>
internal static class FilesServiceCollectionExtensions
{
    public static IServiceCollection AddMonitoringFiles(this IServiceCollection services)
    {
        services.AddOptions<FileStoreOptions>()
            .Configure<IServiceProvider>(static (options, sp) => sp.GetService<IConfiguration>()?.GetSection(FileStoreOptions.Section).Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileStoreOptions>, FileStoreOptionsValidator>());
        services.TryAddSingleton<IFileStore>(static sp =>
        {
            var root = sp.GetRequiredService<IOptions<FileStoreOptions>>().Value.RootPath;
            var baseDirectory = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            return new FileSystemFileStore(Path.IsPathRooted(root) ? root : Path.Combine(baseDirectory, root));
        });
        return services;
    }
}
