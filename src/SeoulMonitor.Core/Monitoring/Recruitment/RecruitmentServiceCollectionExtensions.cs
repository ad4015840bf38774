using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>Registers recruitment and selection.</summary>
internal static class RecruitmentServiceCollectionExtensions
{
    /// <summary>Adds <see cref="RecruitmentService"/> (scoped, over the scoped context).</summary>
    public static IServiceCollection AddMonitoringRecruitment(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new RecruitmentService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<PersonalDataAccessLog>(), sp.GetRequiredService<ILogger<RecruitmentService>>()));
        return services;
    }
}
