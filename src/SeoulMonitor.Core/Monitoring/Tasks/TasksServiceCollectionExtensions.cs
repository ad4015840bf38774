using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>Registers departments, demand intake and screening, task setup, task forms and the task lifecycle.</summary>
internal static class TasksServiceCollectionExtensions
{
    public static IServiceCollection AddMonitoringTasks(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new DepartmentService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DepartmentService>>()));
        services.TryAddScoped(static sp => new DemandRoundService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DemandRoundService>>()));
        services.TryAddScoped(static sp => new DemandService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DemandService>>()));
        services.TryAddScoped(static sp => new DemandScreeningService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(static sp => new TaskSetupService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<AuditTrail>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<RegionCatalog>(), sp.GetRequiredService<ILogger<TaskSetupService>>()));
        services.TryAddScoped(static sp => new TaskLifecycleService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AuditTrail>()));
        services.TryAddScoped(static sp => new TaskQueryService(sp.GetRequiredService<SeoulMonitorDbContext>()));
        services.TryAddScoped(static sp => new TaskFormService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TaskFormService>>()));
        return services;
    }
}
