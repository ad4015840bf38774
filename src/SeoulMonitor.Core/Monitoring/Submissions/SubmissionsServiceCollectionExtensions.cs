using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>Registers field submissions, their queries and review (and the default file store they keep photos in).</summary>
internal static class SubmissionsServiceCollectionExtensions
{
    public static IServiceCollection AddMonitoringSubmissions(this IServiceCollection services)
    {
        services.AddMonitoringFiles();
        services.TryAddScoped(static sp => new SubmissionService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IFileStore>(), sp.GetRequiredService<ILogger<SubmissionService>>()));
        services.TryAddScoped(static sp => new SubmissionQueries(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<PersonalDataAccessLog>(), sp.GetRequiredService<IFileStore>()));
        services.TryAddScoped(static sp => new ReviewService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ReviewService>>()));
        return services;
    }
}
