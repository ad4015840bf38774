using Microsoft.Extensions.DependencyInjection.Extensions;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Mailing.Audience;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Connects the mail engine to the program: its monitors as audiences, their memberships at send time.</summary>
public static class SeoulMonitorCoreMailingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MonitorRecipientSource"/> as the engine's <see cref="IRecipientSource"/> (unless one is
    /// registered) and makes <see cref="MonitorSendTimeGate"/> the <see cref="ISendTimeGate"/>, wrapping the engine's
    /// <see cref="SuppressionList"/>. Call it with <c>AddSeoulMonitorCore</c> and <c>AddSeoulMonitorMailing</c>, in any order.
    /// </summary>
    public static IServiceCollection AddSeoulMonitorCoreMailing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MonitorMembershipStates>();
        services.TryAddSingleton<MonitorRecipientSource>();
        services.TryAddSingleton<IRecipientSource>(static sp => sp.GetRequiredService<MonitorRecipientSource>());
        services.Replace(ServiceDescriptor.Singleton<ISendTimeGate>(static sp => new MonitorSendTimeGate(
            sp.GetRequiredService<MonitorMembershipStates>(), sp.GetRequiredService<SuppressionList>())));
        return services;
    }
}
