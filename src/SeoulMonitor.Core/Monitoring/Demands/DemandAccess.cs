using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>
/// Who may see and act on a demand. Readers: staff, the department concerned, the leader of the proposing community.
/// Requesters (resubmit, withdraw): staff, the requesting department (department demands), the leader of the
/// proposing community (community proposals). Demands a caller may not read are answered as not found.
/// </summary>
internal static class DemandAccess
{
    public static Task<bool> LeadsAsync(SeoulMonitorDbContext db, Guid monitorId, Guid communityId, CancellationToken cancellationToken) =>
        db.Set<Community>().AnyAsync(c => c.Id == communityId && c.LeaderId == monitorId && c.State == CommunityState.Active, cancellationToken);

    public static async Task<bool> CanReadAsync(SeoulMonitorDbContext db, TaskDemand demand, Actor actor, CancellationToken cancellationToken) =>
        MonitoringAccess.IsStaff(actor)
        || (MonitoringAccess.DepartmentOf(actor) is { } department && string.Equals(demand.Department, department, StringComparison.Ordinal))
        || (MonitoringAccess.MonitorOf(actor) is { } monitor && demand.CommunityId is { } community
            && await LeadsAsync(db, monitor, community, cancellationToken).ConfigureAwait(false));

    public static async Task<DomainError?> CheckRequesterAsync(SeoulMonitorDbContext db, TaskDemand demand, Actor actor, CancellationToken cancellationToken)
    {
        if (MonitoringAccess.IsStaff(actor))
        {
            return null;
        }

        var isRequester = demand.Source switch
        {
            DemandSource.Department => MonitoringAccess.DepartmentOf(actor) is { } d && string.Equals(demand.Department, d, StringComparison.Ordinal),
            DemandSource.Community => MonitoringAccess.MonitorOf(actor) is { } m && demand.CommunityId is { } c
                && await LeadsAsync(db, m, c, cancellationToken).ConfigureAwait(false),
            _ => false,
        };
        return isRequester ? null : DemandErrors.Forbidden;
    }
}
