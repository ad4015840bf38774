using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>Registers the address rules and staff imports.</summary>
internal static class ImportsServiceCollectionExtensions
{
    public static IServiceCollection AddAudienceImports(this IServiceCollection services)
    {
        services.TryAddSingleton<SubscriberAddressRules>();
        services.TryAddScoped(static sp => new SubscriberImportService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<RegionCatalog>(), sp.GetRequiredService<SubscriberAddressRules>(),
            sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>(), sp.GetRequiredService<ILogger<SubscriberImportService>>()));
        return services;
    }
}
