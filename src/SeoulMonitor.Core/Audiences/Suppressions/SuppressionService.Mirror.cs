using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

public sealed partial class SuppressionService
{
    /// <summary>
    /// Mirrors one of the mail engine's suppressions into Core's list (source <see cref="SuppressionSource.Engine"/>,
    /// by the system actor, audited): the rule that keeps the two lists in agreement. The entry is added unless the
    /// list already has the address on that channel, or staff lifted the address at or after
    /// <paramref name="suppressedAt"/> (the engine's entry is then the lift's own stale copy, which the lift removes);
    /// a suppression made after the latest lift is a new one and is added. Idempotent. Errors: the address rules
    /// (<c>subscriber.email.*</c>, <c>subscriber.mobile.*</c>), <c>suppression.reason.invalid</c>,
    /// <c>suppression.note.too_long</c>.
    /// </summary>
    public async Task<Result<SuppressionMirrorOutcome>> MirrorAsync(
        DeliveryChannel channel, string? address, SuppressionReason reason, string? note, DateTimeOffset suppressedAt,
        CancellationToken cancellationToken = default)
    {
        var target = SuppressionTarget.OfAddress(channel, address);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        if (ValidateCommon(channel, reason, note) is { } invalid)
        {
            return invalid;
        }

        var hash = target.Value.Hash;
        try
        {
            return await _db.ExecuteAsync<SuppressionMirrorOutcome>(async ct =>
            {
                await _db.LockNameAsync(LockKey(channel, hash), ct).ConfigureAwait(false);
                if (await FindAsync(channel, hash, ct).ConfigureAwait(false) is not null)
                {
                    return SuppressionMirrorOutcome.AlreadyPresent;
                }

                if (await _db.Set<SuppressionLift>().AsNoTracking()
                    .AnyAsync(l => l.Channel == channel && l.AddressHash == hash && l.LiftedAt >= suppressedAt, ct).ConfigureAwait(false))
                {
                    return SuppressionMirrorOutcome.Lifted;
                }

                var entry = NewEntry(Actor.System, channel, target.Value, reason, note, SuppressionSource.Engine);
                _db.Set<SuppressionEntry>().Add(entry);
                await RecordAsync(Actor.System, entry, "Mirror", null, "Suppressed", ct).ConfigureAwait(false);
                return SuppressionMirrorOutcome.Added;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            return SuppressionMirrorOutcome.AlreadyPresent; // mirrored concurrently by another node
        }
    }

    /// <summary>
    /// Which of <paramref name="hashes"/> are suppressed on the channel (for a sweep that mirrors only what is
    /// missing). At most <see cref="SuppressionLimits.MaxPageSize"/> × 5 hashes per call.
    /// </summary>
    public async Task<IReadOnlySet<string>> SuppressedHashesAsync(
        DeliveryChannel channel, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hashes.Count, SuppressionLimits.MaxPageSize * 5);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in hashes.Chunk(500))
        {
            found.UnionWith(await _db.Set<SuppressionEntry>().AsNoTracking()
                .Where(s => s.Channel == channel && chunk.Contains(s.AddressHash))
                .Select(s => s.AddressHash).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return found;
    }
}
