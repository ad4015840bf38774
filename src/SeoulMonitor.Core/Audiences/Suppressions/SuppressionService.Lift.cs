using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

public sealed partial class SuppressionService
{
    /// <summary>
    /// Lifts an entry (staff; the reason is required and audited). In one transaction the entry is removed and a
    /// pending <see cref="SuppressionLift"/> is written, which the host applies to the mail engine's list of the same
    /// channel (retried until it succeeds), so the next campaign reaches the address again. A complaint reported by a
    /// mail provider (<see cref="SuppressionReason.Complaint"/> from <see cref="SuppressionSource.Engine"/>) is lifted
    /// only when the person has an active consent on that channel affirmed after the complaint; a complaint entered by
    /// staff is staff's own record and is lifted with the reason alone. Errors: <c>suppression.not_found</c>,
    /// <c>suppression.lift.reason_required</c>, <c>suppression.lift.consent_required</c>.
    /// </summary>
    public async Task<Result<SuppressionLiftView>> LiftAsync(Actor actor, long id, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var why = reason?.Trim();
        return await _db.ExecuteAsync<SuppressionLiftView>(async ct =>
        {
            var entry = await _db.Set<SuppressionEntry>().SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false);
            if (entry is null)
            {
                return SuppressionErrors.NotFound;
            }

            if (string.IsNullOrEmpty(why) || why.Length > AudienceLimits.ReasonMaxLength)
            {
                return SuppressionErrors.LiftReasonRequired;
            }

            await _db.LockNameAsync(LockKey(entry.Channel, entry.AddressHash), ct).ConfigureAwait(false);
            if (entry.Reason == SuppressionReason.Complaint && entry.Source == SuppressionSource.Engine
                && !await HasFreshConsentAsync(entry, ct).ConfigureAwait(false))
            {
                return SuppressionErrors.LiftConsentRequired;
            }

            var lift = new SuppressionLift
            {
                Channel = entry.Channel,
                AddressHash = entry.AddressHash,
                Address = entry.Address,
                EntryReason = entry.Reason,
                EntrySource = entry.Source,
                EntryCreatedAt = entry.CreatedAt,
                LiftedAt = _time.GetUtcNow(),
                LiftedBy = actor.ToString(),
                Reason = why,
            };
            _db.Set<SuppressionEntry>().Remove(entry);
            _db.Set<SuppressionLift>().Add(lift);
            await RecordAsync(actor, entry, "Lift", "Suppressed", "Lifted", ct, why).ConfigureAwait(false);
            await _db.SaveChangesAsync(ct).ConfigureAwait(false); // assigns the lift's id
            return SuppressionLiftView.From(lift);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A transaction-scoped lock per channel and address (PostgreSQL advisory lock; SQLite serialises writers), so a
    /// lift and a mirrored suppression of the same address never interleave.
    /// </summary>
    internal static long LockKey(DeliveryChannel channel, string hash) =>
        0x5355_5050_0000_0000L ^ ((long)channel << 40) ^ Convert.ToInt64(hash[..10], 16);

    /// <summary>Whether the person behind the entry's address has an active consent on its channel affirmed after the entry.</summary>
    private async Task<bool> HasFreshConsentAsync(SuppressionEntry entry, CancellationToken ct)
    {
        if (entry.Address is not { } address)
        {
            return false;
        }

        var subscribers = _db.Set<Subscriber>().AsNoTracking();
        var subscriberId = await (entry.Channel == DeliveryChannel.Sms
                ? subscribers.Where(s => s.Mobile == address)
                : subscribers.Where(s => s.Email == address))
            .Select(s => (long?)s.Id).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (subscriberId is null)
        {
            return false;
        }

        var consents = await _db.Set<Consent>().AsNoTracking()
            .Where(c => c.SubscriberId == subscriberId && c.Channel == entry.Channel && c.State == ConsentState.Active)
            .ToListAsync(ct).ConfigureAwait(false);
        return consents.Exists(c => (c.LastAffirmedAt ?? c.ConfirmedAt ?? c.GivenAt) > entry.CreatedAt);
    }
}
