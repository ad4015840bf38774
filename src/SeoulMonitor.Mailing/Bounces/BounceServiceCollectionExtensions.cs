using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers bounce processing (called by <c>AddSeoulMonitorMailing</c>).</summary>
public static class BounceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BounceProcessor"/> and <see cref="BounceMailboxPoller"/> (not hosted: see
    /// <see cref="AddSeoulMonitorBounceMailboxPoller"/>). Hosts add <see cref="IBounceObserver"/>s to mirror suppressions.
    /// Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddSeoulMonitorBounces(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(static sp => new BounceProcessor(
            sp.GetRequiredService<IDeliveryLedger>(),
            sp.GetRequiredService<SuppressionList>(),
            sp.GetRequiredService<IOptions<MailingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IBounceObserver>(),
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<BounceProcessor>(),
            sp.GetService<MailingMetrics>()));
        services.TryAddSingleton(static sp => new BounceMailboxPoller(
            sp.GetRequiredService<BounceProcessor>(),
            sp.GetRequiredService<IOptions<MailingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<BounceMailboxPoller>()));
        return services;
    }

    /// <summary>
    /// Runs the <see cref="BounceMailboxPoller"/> as a hosted service (opt-in: it polls only when
    /// <c>Mailing:Bounces:Imap:Host</c> is set, and returns at once otherwise). Call after <c>AddSeoulMonitorMailing</c>;
    /// calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddSeoulMonitorBounceMailboxPoller(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSeoulMonitorBounces();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BounceMailboxPoller>(static sp => sp.GetRequiredService<BounceMailboxPoller>()));
        return services;
    }
}
