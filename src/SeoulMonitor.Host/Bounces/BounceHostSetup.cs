using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Host.Bounces;

/// <summary>The host's bounce wiring: the webhook's validated options, the mirror into Core's suppression list, the endpoints.</summary>
internal static class BounceHostSetup
{
    /// <summary>
    /// Binds <c>BounceWebhook</c> (validated at start), mirrors bounce suppressions into Core's list and runs the IMAP
    /// bounce poller (idle unless <c>Mailing:Bounces:Imap:Host</c> is set).
    /// </summary>
    public static IServiceCollection AddSeoulMonitorHostBounces(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BounceWebhookOptions>().Bind(configuration.GetSection("BounceWebhook")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BounceWebhookOptions>, BounceWebhookOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBounceObserver, CoreSuppressionMirror>());
        services.AddSeoulMonitorBounceMailboxPoller();
        return services;
    }

    /// <summary>Maps the bounce webhook and the staff views.</summary>
    public static void MapBounceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapBounceWebhook();
        routes.MapBounceViews();
    }
}
