using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Files;
using SeoulMonitor.Core.Monitoring.Reports;
using SeoulMonitor.Core.Monitoring.Statistics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>Registers consolidation (statistics, findings), the department loop, its SLA and the reports.</summary>
internal static class FindingsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="FindingService"/>, <see cref="FindingReader"/>, <see cref="FindingPhotoReader"/>, <see cref="ReflectionService"/>,
    /// <see cref="ReflectionSlaService"/>, <see cref="TaskStatisticsService"/> and <see cref="TaskReportService"/>, with
    /// <see cref="ReflectionOptions"/> bound from <see cref="ReflectionOptions.Section"/> when an <see cref="IConfiguration"/> is registered.
    /// </summary>
    public static IServiceCollection AddMonitoringFindings(this IServiceCollection services)
    {
        services.AddOptions<ReflectionOptions>()
            .Configure<IServiceProvider>(static (options, sp) => sp.GetService<IConfiguration>()?.GetSection(ReflectionOptions.Section).Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReflectionOptions>, ReflectionOptionsValidator>());
        services.TryAddScoped(static sp => new FindingService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<AuditTrail>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ReflectionOptions>>(), sp.GetRequiredService<ILogger<FindingService>>()));
        services.TryAddScoped(static sp => new FindingReader(sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(static sp => new FindingPhotoReader(sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<IFileStore>()));
        services.TryAddScoped(static sp => new ReflectionService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ReflectionOptions>>(), sp.GetRequiredService<ILogger<ReflectionService>>()));
        services.TryAddScoped(static sp => new ReflectionSlaService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ReflectionOptions>>(),
            sp.GetRequiredService<ILogger<ReflectionSlaService>>()));
        services.TryAddScoped(static sp => new TaskStatisticsService(sp.GetRequiredService<SeoulMonitorDbContext>()));
        services.TryAddScoped(static sp => new TaskReportService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TaskStatisticsService>(), sp.GetRequiredService<FindingReader>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
