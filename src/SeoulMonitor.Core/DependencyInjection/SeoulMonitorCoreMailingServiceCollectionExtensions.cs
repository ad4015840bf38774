using Microsoft.Extensions.DependencyInjection.Extensions;
using SeoulMonitor.Core.Audiences.Resolution;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Mailing.Audience;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Connects the mail engine to the program: its monitors and its consenting subscribers as audiences, checked again
/// right before each send.
/// </summary>
public static class SeoulMonitorCoreMailingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CompositeRecipientSource"/> as the engine's <see cref="IRecipientSource"/> (unless one is
    /// registered): <c>monitors…</c> keys read <see cref="MonitorRecipientSource"/>, <c>list:</c>/<c>segment:</c> keys
    /// <see cref="SubscriberRecipientSource"/>. Makes <see cref="CompositeSendTimeGate"/> the <see cref="ISendTimeGate"/>:
    /// <see cref="MonitorSendTimeGate"/> for monitors and <see cref="SubscriberSendTimeGate"/> for <c>sub:</c> recipients,
    /// each wrapping the engine's <see cref="SuppressionList"/>. Call it with <c>AddSeoulMonitorCore</c> and
    /// <c>AddSeoulMonitorMailing</c>, in any order.
    /// </summary>
    public static IServiceCollection AddSeoulMonitorCoreMailing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MonitorMembershipStates>();
        services.TryAddSingleton<MonitorRecipientSource>();
        services.TryAddSingleton(static sp => new SubscriberRecipientSource(sp.GetRequiredService<AudienceResolver>()));
        services.TryAddSingleton<CompositeRecipientSource>();
        services.TryAddSingleton<IRecipientSource>(static sp => sp.GetRequiredService<CompositeRecipientSource>());
        services.Replace(ServiceDescriptor.Singleton<ISendTimeGate>(static sp =>
        {
            var suppressions = sp.GetRequiredService<SuppressionList>();
            return new CompositeSendTimeGate(
                new MonitorSendTimeGate(sp.GetRequiredService<MonitorMembershipStates>(), suppressions),
                new SubscriberSendTimeGate(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), suppressions));
        }));
        return services;
    }
}
