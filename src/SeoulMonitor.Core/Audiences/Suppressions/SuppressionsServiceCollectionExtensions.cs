using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>Registers the suppression list.</summary>
internal static class SuppressionsServiceCollectionExtensions
{
    public static IServiceCollection AddAudienceSuppressions(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new SuppressionService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(static sp => new SuppressionLiftOutbox(sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
