using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Subscribers;

namespace SeoulMonitor.Core.Audiences.Maintenance;

public sealed partial class ConsentMaintenanceService
{
    /// <summary>
    /// Step 2: every subscriber with no Active or Pending consent (all lapsed, withdrawn or unconfirmed, or none for
    /// longer than <see cref="MaintenanceLimits.NoConsentGrace"/>) is destroyed at this run, leaving anonymous counts.
    /// Runs after the lapse and expiry steps, so a consent that ended today is destroyed today.
    /// </summary>
    private Task<int> DestroyAsync(RunState run, CancellationToken cancellationToken)
    {
        var graceCutoff = run.Now - MaintenanceLimits.NoConsentGrace;
        return BatchesAsync(run, "destruction",
            (after, ct) => Unkept(after, graceCutoff).Take(_options.BatchSize).ToListAsync(ct),
            async (ids, ct) =>
            {
                // Checked again inside the transaction: a consent given meanwhile keeps the person.
                var still = await Unkept(0, graceCutoff).Where(id => ids.Contains(id)).ToListAsync(ct).ConfigureAwait(false);
                return await SubscriberDestruction.DestroyAsync(_db, still, SubscriberDestruction.ReasonOf, run.EventActor, run.Now, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private IQueryable<long> Unkept(long after, DateTimeOffset graceCutoff) =>
        _db.Set<Subscriber>().AsNoTracking()
            .Where(s => s.Id > after &&
                        !_db.Set<Consent>().Any(c => c.SubscriberId == s.Id && (c.State == ConsentState.Active || c.State == ConsentState.Pending)) &&
                        (_db.Set<Consent>().Any(c => c.SubscriberId == s.Id) || s.CreatedAt <= graceCutoff))
            .OrderBy(s => s.Id).Select(s => s.Id);
}
