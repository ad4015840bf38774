using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Segments;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Core.Training;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Citizen Monitor domain services.</summary>
public static class SeoulMonitorCoreServiceCollectionExtensions
{
    /// <summary>Adds the domain services, configured from a configuration section (conventionally <c>SeoulMonitor</c>).</summary>
    public static IServiceCollection AddSeoulMonitorCore(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<SeoulMonitorCoreOptions>().Bind(section);
        return services.AddSeoulMonitorCoreServices();
    }

    /// <summary>Adds the domain services, configured in code.</summary>
    public static IServiceCollection AddSeoulMonitorCore(this IServiceCollection services, Action<SeoulMonitorCoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SeoulMonitorCoreOptions>().Configure(configure);
        return services.AddSeoulMonitorCoreServices();
    }

    private static IServiceCollection AddSeoulMonitorCoreServices(this IServiceCollection services)
    {
        services.AddOptions<SeoulMonitorCoreOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SeoulMonitorCoreOptions>, SeoulMonitorCoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<CoreMetrics>();
        services.TryAddSingleton(RegionCatalog.Default);

        services.AddDbContext<SqliteSeoulMonitorDbContext>((sp, builder) =>
            builder.UseSqlite(sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>().Value.Storage.ConnectionString));
        services.AddDbContext<PostgresSeoulMonitorDbContext>((sp, builder) =>
            builder.UseNpgsql(sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>().Value.Storage.ConnectionString));
        services.TryAddScoped<SeoulMonitorDbContext>(sp =>
            sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>().Value.Storage.Provider == StorageProvider.PostgreSql
                ? sp.GetRequiredService<PostgresSeoulMonitorDbContext>()
                : sp.GetRequiredService<SqliteSeoulMonitorDbContext>());

        services.TryAddScoped<SeoulMonitorDatabase>();
        services.TryAddScoped<AuditTrail>();
        services.TryAddScoped(static sp => new PersonalDataAccessLog(
            sp.GetRequiredService<SeoulMonitorDbContext>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AuditTrail>(),
            sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>(),
            sp.GetRequiredService<CoreMetrics>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PersonalDataAccessLog>>()));
        services.TryAddScoped<TransitionRecorder>();
        services.TryAddScoped(sp => new CommunityService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(sp => new CommunityMembershipService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(sp => new TrainingService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(sp => new TrainingRegistrationService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>()));
        services.TryAddSingleton(sp => new EligibilityRules(sp.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>(), sp.GetRequiredService<RegionCatalog>()));
        services.TryAddScoped(sp => new ConsentNoticeService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<CoreMetrics>(), sp.GetRequiredService<ILogger<ConsentNoticeService>>()));
        services.TryAddScoped(sp => new ApplicationService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<RegionCatalog>(), sp.GetRequiredService<EligibilityRules>(), sp.GetRequiredService<CoreMetrics>(),
            sp.GetRequiredService<ILogger<ApplicationService>>()));
        services.TryAddScoped(sp => new MembershipService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<RegionCatalog>(), sp.GetRequiredService<EligibilityRules>(), sp.GetRequiredService<CoreMetrics>(),
            sp.GetRequiredService<ILogger<MembershipService>>(), sp.GetService<MonitorMembershipStates>()));
        SeoulMonitor.Core.Monitoring.Tasks.TasksServiceCollectionExtensions.AddMonitoringTasks(services);
        services.AddAudienceSegments();
        services.AddAudienceSubscriptions();
        services.AddAudienceMaintenance();
        SeoulMonitor.Core.Audiences.Imports.ImportsServiceCollectionExtensions.AddAudienceImports(services);
        SeoulMonitor.Core.Monitoring.History.HistoryServiceCollectionExtensions.AddMonitoringHistory(services);
        SeoulMonitor.Core.Monitoring.Recruitment.RecruitmentServiceCollectionExtensions.AddMonitoringRecruitment(services);
        SeoulMonitor.Core.Monitoring.Submissions.SubmissionsServiceCollectionExtensions.AddMonitoringSubmissions(services);
        SeoulMonitor.Core.Monitoring.Findings.FindingsServiceCollectionExtensions.AddMonitoringFindings(services);
        SeoulMonitor.Core.Incentives.Budget.BudgetServiceCollectionExtensions.AddIncentivesBudget(services);
        SeoulMonitor.Core.Incentives.Advisers.AdvisersServiceCollectionExtensions.AddIncentivesAdvisers(services);
        SeoulMonitor.Core.Incentives.Stipends.StipendsServiceCollectionExtensions.AddIncentivesStipends(services);
        SeoulMonitor.Core.Incentives.Stipends.RecoveriesServiceCollectionExtensions.AddIncentivesRecoveries(services);
        SeoulMonitor.Core.Incentives.Insurance.InsuranceServiceCollectionExtensions.AddIncentivesInsurance(services);
        SeoulMonitor.Core.Incentives.Awards.AwardsServiceCollectionExtensions.AddIncentivesAwards(services);
        return services;
    }
}
