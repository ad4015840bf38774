using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>Registers the adviser pool and consultations.</summary>
internal static class AdvisersServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AdviserService"/> and <see cref="ConsultationService"/> (scoped, over the scoped context).</summary>
    public static IServiceCollection AddIncentivesAdvisers(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new AdviserService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TransitionRecorder>(),
            sp.GetRequiredService<PersonalDataAccessLog>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AdviserService>>()));
        services.TryAddScoped(static sp => new ConsultationService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConsultationService>>()));
        return services;
    }
}
