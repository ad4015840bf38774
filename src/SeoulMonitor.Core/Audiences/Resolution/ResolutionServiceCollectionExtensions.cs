using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Audiences.Resolution;

/// <summary>Registers audience resolution.</summary>
internal static class ResolutionServiceCollectionExtensions
{
    public static IServiceCollection AddAudienceResolution(this IServiceCollection services)
    {
        services.AddOptions<AudienceResolutionOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(static sp => new AudienceResolver(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<AudienceResolutionOptions>>()));
        return services;
    }
}
