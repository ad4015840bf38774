using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>Registers award cycles and their reads.</summary>
internal static class AwardsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AwardCycleService"/> and <see cref="AwardReader"/> (scoped), with <see cref="AwardsOptions"/> bound
    /// from <see cref="AwardsOptions.Section"/> when an <see cref="IConfiguration"/> is registered, validated at start.
    /// </summary>
    public static IServiceCollection AddIncentivesAwards(this IServiceCollection services)
    {
        services.AddOptions<AwardsOptions>()
            .Configure<IServiceProvider>(static (options, sp) => sp.GetService<IConfiguration>()?.GetSection(AwardsOptions.Section).Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AwardsOptions>, AwardsOptionsValidator>());
        services.TryAddScoped(static sp => new AwardCycleService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<AwardsOptions>>(), sp.GetRequiredService<ILogger<AwardCycleService>>()));
        services.TryAddScoped(static sp => new AwardReader(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<PersonalDataAccessLog>(), sp.GetRequiredService<IOptions<AwardsOptions>>(),
            sp.GetRequiredService<ILogger<AwardReader>>()));
        return services;
    }
}
