using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>Registers injury insurance.</summary>
internal static class InsuranceServiceCollectionExtensions
{
    /// <summary>Adds <see cref="RosterService"/>, <see cref="InsuranceClaimService"/> and <see cref="Premiums.InsurancePremiumService"/> (scoped, over the scoped context).</summary>
    public static IServiceCollection AddIncentivesInsurance(this IServiceCollection services)
    {
        services.TryAddScoped(static sp => new RosterService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<PersonalDataAccessLog>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RosterService>>()));
        services.TryAddScoped(static sp => new InsuranceClaimService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<PersonalDataAccessLog>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<InsuranceClaimService>>()));
        services.TryAddScoped(static sp => new Premiums.InsurancePremiumService(
            sp.GetRequiredService<SeoulMonitorDbContext>(), sp.GetRequiredService<TransitionRecorder>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<Premiums.InsurancePremiumService>>()));
        return services;
    }
}
