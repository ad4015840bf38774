using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SeoulMonitor.Host.Suppressions;

/// <summary>The host's suppression sync wiring: validated options, the engine seam, the sync, its worker, the endpoints.</summary>
internal static class SuppressionSyncSetup
{
    /// <summary>Binds <c>SuppressionSync</c> (validated at start) and runs the sync between Core's list and the engine's.</summary>
    public static IServiceCollection AddSeoulMonitorSuppressionSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SuppressionSyncOptions>().Bind(configuration.GetSection("SuppressionSync")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SuppressionSyncOptions>, SuppressionSyncOptionsValidator>());
        services.TryAddSingleton<IEngineSuppressions, EngineSuppressions>();
        services.TryAddSingleton<SuppressionSync>();
        services.AddHostedService<SuppressionSyncWorker>();
        return services;
    }
}
