using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Subscriptions;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Transport;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers lists, subscriptions, the consent lifecycle and the outbox.</summary>
internal static class SubscriptionsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MailingListService"/>, <see cref="ListCatalogSeeder"/>, <see cref="SubscriptionService"/>,
    /// <see cref="SubscriberRecords"/> (scoped), <see cref="CitizenTokens"/>, the <see cref="IUnsubscribeHandler"/> and
    /// <see cref="OutboxDrainer"/> (singletons; the drainer needs the mail engine's <see cref="IMailConnectionFactory"/>).
    /// </summary>
    public static IServiceCollection AddAudienceSubscriptions(this IServiceCollection services)
    {
        services.TryAddSingleton<CitizenTokens>();
        services.TryAddScoped(static sp => new MailingListService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(static sp => new ListCatalogSeeder(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<RegionCatalog>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(static sp => new SubscriptionService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<RegionCatalog>(), sp.GetRequiredService<CitizenTokens>(), sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>()));
        services.TryAddScoped(static sp => new SubscriberRecords(sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IUnsubscribeHandler, SubscriberUnsubscribeHandler>();
        services.TryAddSingleton(static sp => new OutboxDrainer(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<IMailConnectionFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>(), sp.GetRequiredService<ILogger<OutboxDrainer>>()));
        return services;
    }
}
