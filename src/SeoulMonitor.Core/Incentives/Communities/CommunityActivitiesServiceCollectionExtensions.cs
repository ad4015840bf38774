using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>Registers community activities.</summary>
internal static class CommunityActivitiesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CommunityActivityService"/> (scoped).</summary>
    public static IServiceCollection AddIncentivesCommunities(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new CommunityActivityService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
