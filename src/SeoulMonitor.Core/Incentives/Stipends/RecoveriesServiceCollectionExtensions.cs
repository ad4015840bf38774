using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>Registers recoveries (환수).</summary>
internal static class RecoveriesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="RecoveryService"/> (scoped, over the scoped context).</summary>
    public static IServiceCollection AddIncentivesRecoveries(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new RecoveryService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RecoveryService>>()));
        return services;
    }
}
