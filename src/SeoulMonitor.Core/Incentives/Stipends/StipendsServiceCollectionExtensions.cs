using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>Registers stipend rules, the stipend ledger, payouts and community activities.</summary>
internal static class StipendsServiceCollectionExtensions
{
    /// <summary>Adds the stipend services (scoped, over the scoped context).</summary>
    public static IServiceCollection AddIncentivesStipends(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new StipendRuleService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TransitionRecorder>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(static sp => new StipendCalculator(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TransitionRecorder>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StipendCalculator>>()));
        services.TryAddScoped(static sp => new StipendEntryService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<StipendEntryService>>()));
        services.TryAddScoped(static sp => new PayoutService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<PersonalDataAccessLog>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PayoutService>>()));
        services.TryAddScoped(static sp => new StipendQueries(sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<StipendCalculator>()));
        return services.AddIncentivesCommunities();
    }
}
