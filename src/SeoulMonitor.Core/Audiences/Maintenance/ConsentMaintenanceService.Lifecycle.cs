using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;

namespace SeoulMonitor.Core.Audiences.Maintenance;

public sealed partial class ConsentMaintenanceService
{
    /// <summary>The end reason of a lapsed consent.</summary>
    public const string LapsedReason = "no re-consent by the renewal date";

    /// <summary>The end reason of a pending consent whose confirmation expired.</summary>
    public const string UnconfirmedReason = "confirmation expired";

    /// <summary>Step 3: Pending consents whose confirmation expired become Unconfirmed (ended at the expiry).</summary>
    private Task<int> ExpireUnconfirmedAsync(RunState run, CancellationToken cancellationToken) =>
        BatchesAsync(run, "unconfirmed",
            (after, ct) => _db.Set<Consent>().AsNoTracking()
                .Where(c => c.Id > after && c.State == ConsentState.Pending && c.ConfirmationExpiresAt != null && c.ConfirmationExpiresAt <= run.Now)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(_options.BatchSize).ToListAsync(ct),
            async (ids, ct) =>
            {
                var consents = await _db.Set<Consent>().Where(c => ids.Contains(c.Id) && c.State == ConsentState.Pending)
                    .ToListAsync(ct).ConfigureAwait(false);
                foreach (var consent in consents)
                {
                    var at = consent.ConfirmationExpiresAt ?? run.Now;
                    Transition(consent, ConsentEventKind.Unconfirmed, at, run.EventActor, UnconfirmedReason);
                    consent.EndedAt = at;
                    consent.EndReason = UnconfirmedReason;
                    consent.ConfirmationTokenHash = null;
                }

                return consents.Count;
            },
            cancellationToken);

    /// <summary>
    /// Step 1a: an Active policy-customer consent with no renewal date gets one (last affirmative answer + 2 years),
    /// so that no such consent allows sending forever.
    /// </summary>
    private Task<int> ScheduleRenewalsAsync(RunState run, CancellationToken cancellationToken)
    {
        var lists = run.ListsOf(ConsentRegime.PolicyCustomer);
        return BatchesAsync(run, "schedule",
            (after, ct) => _db.Set<Consent>().AsNoTracking()
                .Where(c => c.Id > after && c.State == ConsentState.Active && c.RenewalDueAt == null && lists.Contains(c.ListId))
                .OrderBy(c => c.Id).Select(c => c.Id).Take(_options.BatchSize).ToListAsync(ct),
            async (ids, ct) =>
            {
                var consents = await _db.Set<Consent>().Where(c => ids.Contains(c.Id) && c.RenewalDueAt == null).ToListAsync(ct).ConfigureAwait(false);
                foreach (var consent in consents)
                {
                    consent.RenewalDueAt = RenewalCalendar.PolicyCustomerDueAt(consent.LastAffirmedAt ?? consent.ConfirmedAt ?? consent.GivenAt);
                    consent.Version = Guid.NewGuid();
                }

                return consents.Count;
            },
            cancellationToken);
    }

    /// <summary>
    /// Step 1c: an Active consent whose renewal date has come lapses, ended at that date (sending already stopped at that
    /// instant: <see cref="ConsentLifecycle.AllowsSending"/>).
    /// </summary>
    private Task<int> LapseAsync(RunState run, CancellationToken cancellationToken) =>
        BatchesAsync(run, "lapse",
            (after, ct) => _db.Set<Consent>().AsNoTracking()
                .Where(c => c.Id > after && c.State == ConsentState.Active && c.RenewalDueAt != null && c.RenewalDueAt <= run.Now)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(_options.BatchSize).ToListAsync(ct),
            async (ids, ct) =>
            {
                var consents = await _db.Set<Consent>().Where(c => ids.Contains(c.Id) && c.State == ConsentState.Active)
                    .ToListAsync(ct).ConfigureAwait(false);
                foreach (var consent in consents)
                {
                    var at = consent.RenewalDueAt!.Value;
                    Transition(consent, ConsentEventKind.Lapsed, at, run.EventActor, LapsedReason);
                    consent.EndedAt = at;
                    consent.EndReason = LapsedReason;
                }

                return consents.Count;
            },
            cancellationToken);
}
