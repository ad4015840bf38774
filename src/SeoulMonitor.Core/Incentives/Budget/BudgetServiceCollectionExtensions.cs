using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>Registers the budget.</summary>
internal static class BudgetServiceCollectionExtensions
{
    /// <summary>Adds <see cref="BudgetService"/> and <see cref="BudgetLoader"/> (scoped, over the scoped context).</summary>
    public static IServiceCollection AddIncentivesBudget(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new BudgetService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TransitionRecorder>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<BudgetService>>()));
        services.TryAddScoped(static sp => new BudgetLoader(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BudgetLoader>>()));
        return services;
    }
}
