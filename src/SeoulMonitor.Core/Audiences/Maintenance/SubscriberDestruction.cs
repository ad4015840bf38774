using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// Destroys subscribers' personal data inside the caller's transaction: deletes their queued notices, consent history,
/// consents, attributes and the subscriber rows; keeps only the hash of suppression entries for their addresses; and
/// writes the anonymous counts (<see cref="DestructionRecord"/>: subscribers per reason, consents per reason and list).
/// </summary>
internal static class SubscriberDestruction
{
    /// <summary>Destroys the subscribers; <paramref name="reasonOf"/> names each one's reason from its consent states.</summary>
    public static async Task<int> DestroyAsync(
        SeoulMonitorDbContext db, IReadOnlyCollection<long> subscriberIds, Func<IReadOnlyList<ConsentState>, string> reasonOf,
        string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (subscriberIds.Count == 0)
        {
            return 0;
        }

        var people = await db.Set<Subscriber>().AsNoTracking().Where(s => subscriberIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Email, s.Mobile }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var consents = await db.Set<Consent>().AsNoTracking().Where(c => subscriberIds.Contains(c.SubscriberId))
            .Select(c => new { c.SubscriberId, c.ListId, c.State }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var bySubscriber = consents.ToLookup(c => c.SubscriberId);
        var reasons = people.ToDictionary(p => p.Id, p => reasonOf([.. bySubscriber[p.Id].Select(c => c.State)]));

        var emailHashes = people.Where(p => p.Email is not null).Select(p => AddressHash.Of(p.Email!)).ToList();
        var mobileHashes = people.Where(p => p.Mobile is not null).Select(p => AddressHash.Of(p.Mobile!)).ToList();
        await db.Set<SuppressionEntry>()
            .Where(s => (s.Channel == DeliveryChannel.Email && emailHashes.Contains(s.AddressHash)) ||
                        (s.Channel == DeliveryChannel.Sms && mobileHashes.Contains(s.AddressHash)))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Address, (string?)null), cancellationToken).ConfigureAwait(false);

        var ids = people.Select(p => p.Id).ToList();
        var addresses = people.SelectMany(p => new[] { p.Email, p.Mobile }).OfType<string>().ToList();
        await db.Set<OutboxMessage>().Where(n => (n.SubscriberId != null && ids.Contains(n.SubscriberId.Value)) || addresses.Contains(n.To))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Set<ConsentEvent>().Where(e => ids.Contains(e.SubscriberId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Set<Consent>().Where(c => ids.Contains(c.SubscriberId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Set<SubscriberTrait>().Where(t => ids.Contains(t.SubscriberId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Set<Subscriber>().Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        foreach (var group in reasons.GroupBy(r => r.Value))
        {
            db.Set<DestructionRecord>().Add(new DestructionRecord { At = now, Reason = group.Key, ListId = null, Count = group.Count(), Actor = actor });
            var lists = group.SelectMany(r => bySubscriber[r.Key]).GroupBy(c => c.ListId);
            foreach (var list in lists.OrderBy(l => l.Key))
            {
                db.Set<DestructionRecord>().Add(new DestructionRecord { At = now, Reason = group.Key, ListId = list.Key, Count = list.Count(), Actor = actor });
            }
        }

        return people.Count;
    }

    /// <summary>The reason of a destruction by the daily job: lapsed if any consent lapsed, otherwise no consent.</summary>
    public static string ReasonOf(IReadOnlyList<ConsentState> states) =>
        states.Contains(ConsentState.Lapsed) ? DestructionReasons.Lapsed : DestructionReasons.NoConsent;
}
