using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitors;

/// <summary>Read-only questions other features ask about monitors.</summary>
internal static class MembershipQueries
{
    /// <summary>Whether the monitor exists and is active.</summary>
    public static Task<bool> IsActiveAsync(this SeoulMonitorDbContext db, Guid monitorId, CancellationToken cancellationToken) =>
        db.Set<Membership>().AnyAsync(m => m.Id == monitorId && m.State == MembershipState.Active, cancellationToken);
}
