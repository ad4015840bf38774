using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Requests;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>Registers the consent upkeep, the audiences' signed tokens and outbox, and data-subject requests.</summary>
internal static class MaintenanceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ConsentMaintenanceService"/>, <see cref="DataSubjectRequestService"/> and
    /// the default <see cref="IAudienceNotifier"/> (the durable outbox, <see cref="Outbox.OutboxMessage"/>). Options come from the
    /// configuration section <see cref="ConsentMaintenanceOptions.Section"/> when an <see cref="IConfiguration"/> is registered.
    /// </summary>
    public static IServiceCollection AddAudienceMaintenance(this IServiceCollection services)
    {
        services.AddOptions<ConsentMaintenanceOptions>()
            .Configure<IServiceProvider>(static (options, sp) => sp.GetService<IConfiguration>()?.GetSection(ConsentMaintenanceOptions.Section).Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConsentMaintenanceOptions>, ConsentMaintenanceOptionsValidator>());
        services.TryAddScoped<IAudienceNotifier>(static sp => new QueuedNoticeNotifier(sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(static sp => new ConsentMaintenanceService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<IAudienceNotifier>(),
            sp.GetRequiredService<Subscriptions.CitizenTokens>(), sp.GetRequiredService<IOptions<ConsentMaintenanceOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<AuditTrail>(),
            sp.GetRequiredService<ILogger<ConsentMaintenanceService>>()));
        services.TryAddScoped(static sp => new DataSubjectRequestService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<IAudienceNotifier>(), sp.GetRequiredService<Subscriptions.CitizenTokens>(),
            sp.GetRequiredService<IOptions<ConsentMaintenanceOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<AuditTrail>(),
            sp.GetRequiredService<RegionCatalog>(), sp.GetRequiredService<ILogger<DataSubjectRequestService>>()));
        return services;
    }
}
