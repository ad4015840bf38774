using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Monitoring.YearlyStatistics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>Registers the historical-task import and the yearly statistics.</summary>
internal static class HistoryServiceCollectionExtensions
{
    public static IServiceCollection AddMonitoringHistory(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new HistoricalTaskImporter(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<HistoricalTaskImporter>>()));
        services.TryAddScoped(static sp => new YearlyStatisticsService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<YearlyStatisticsService>>()));
        return services;
    }
}
