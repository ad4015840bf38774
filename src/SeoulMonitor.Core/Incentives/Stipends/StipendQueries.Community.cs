using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;

namespace SeoulMonitor.Core.Incentives.Stipends;

public sealed partial class StipendQueries
{
    /// <summary>
    /// A community's stipend entries and recoveries of a year, for its current leader or staff: an unknown community is
    /// <c>stipend.community_not_found</c>, anyone else <c>stipend.community.not_leader</c> (as for its activities). At
    /// most <see cref="StipendLimits.MaxListed"/> entries and <see cref="RecoveryLimits.MaxListed"/> recoveries (newest
    /// first); the totals count all of them.
    /// </summary>
    public async Task<Result<CommunityStipends>> CommunityAsync(Guid communityId, int year, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!StipendStore.IsYearValid(year))
        {
            return StipendErrors.YearInvalid;
        }

        var community = await _db.Set<Community>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == communityId, cancellationToken).ConfigureAwait(false);
        if (community is null)
        {
            return StipendErrors.CommunityNotFound;
        }

        if (CommunityStore.CheckLeaderOrStaff(community, actor) is not null)
        {
            return StipendErrors.NotCommunityLeader;
        }

        var entries = await _db.Set<StipendEntry>().AsNoTracking().Where(e => e.CommunityId == communityId && e.Year == year)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recoveries = await _db.Set<Recovery>().AsNoTracking().Where(r => r.CommunityId == communityId && r.Year == year)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new CommunityStipends(
            communityId,
            year,
            entries.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(StipendLimits.MaxListed).Select(StipendEntryView.From).ToList(),
            recoveries.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(RecoveryLimits.MaxListed).Select(RecoveryView.From).ToList(),
            Totals(year, entries, recoveries));
    }
}
