using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SeoulMonitor.Core.Audiences.Resolution;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>Registers segments, audience resolution and the suppression list.</summary>
internal static class SegmentsServiceCollectionExtensions
{
    public static IServiceCollection AddAudienceSegments(this IServiceCollection services)
    {
        services.AddAudienceResolution();
        services.AddAudienceSuppressions();
        services.TryAddScoped(static sp => new SegmentService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AudienceResolver>(), sp.GetRequiredService<RegionCatalog>()));
        return services;
    }
}
