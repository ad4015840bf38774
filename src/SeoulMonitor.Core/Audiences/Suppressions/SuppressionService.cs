using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>
/// The suppression list per channel: addresses (or bare SHA-256 hashes of normalised addresses) that are never sent
/// to, whatever the consents say. Adding is idempotent (an entry already there is returned unchanged); adding and
/// removing each write one audit record; a refused operation writes nothing. Audience resolution and the send-time gate
/// match entries by <see cref="AddressHash"/>.
/// </summary>
public sealed partial class SuppressionService
{
    /// <summary>The entity name used in audit records.</summary>
    public const string Entity = "suppression";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;

    internal SuppressionService(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time)
    {
        _db = db;
        _audit = audit;
        _time = time;
    }

    /// <summary>
    /// Suppresses an address (normalised first) or a bare hash on a channel. Returns the entry, new or already there.
    /// Errors: <c>suppression.address.required</c>, <c>suppression.hash.invalid</c>, <c>subscriber.email.*</c>,
    /// <c>subscriber.mobile.*</c>, <c>suppression.reason.invalid</c>, <c>suppression.note.too_long</c>.
    /// </summary>
    public async Task<Result<SuppressionView>> AddAsync(
        Actor actor, DeliveryChannel channel, string? address, string? hash, SuppressionReason reason, string? note,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var target = SuppressionTarget.Of(channel, address, hash);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        if (ValidateCommon(channel, reason, note) is { } invalid)
        {
            return invalid;
        }

        try
        {
            return await _db.ExecuteAsync<SuppressionView>(async ct =>
            {
                var existing = await FindAsync(channel, target.Value.Hash, ct).ConfigureAwait(false);
                if (existing is not null)
                {
                    return SuppressionView.From(existing);
                }

                var entry = NewEntry(actor, channel, target.Value, reason, note);
                _db.Set<SuppressionEntry>().Add(entry);
                await RecordAsync(actor, entry, "Add", null, "Suppressed", ct).ConfigureAwait(false);
                await _db.SaveChangesAsync(ct).ConfigureAwait(false); // assigns the id the view shows
                return SuppressionView.From(entry);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            // Added concurrently by another request: the entry is there, which is what was asked.
            var existing = await FindAsync(channel, target.Value.Hash, cancellationToken).ConfigureAwait(false);
            return existing is null ? throw new InvalidOperationException("The suppression vanished after a conflict.", ex) : SuppressionView.From(existing);
        }
    }

    /// <summary>
    /// Suppresses up to <see cref="SuppressionLimits.MaxBulkHashes"/> bare hashes at once (one audit record for the
    /// batch). Every hash is validated first: one bad hash refuses the whole request and writes nothing.
    /// </summary>
    public async Task<Result<SuppressionBulkResult>> AddHashesAsync(
        Actor actor, DeliveryChannel channel, IReadOnlyList<string?>? hashes, SuppressionReason reason, string? note,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (hashes is null || hashes.Count == 0 || hashes.Count > SuppressionLimits.MaxBulkHashes)
        {
            return SuppressionErrors.BulkTooLarge;
        }

        if (ValidateCommon(channel, reason, note) is { } invalid)
        {
            return invalid;
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < hashes.Count; i++)
        {
            var target = SuppressionTarget.OfHash(hashes[i]);
            if (!target.IsSuccess)
            {
                return target.Error with { Field = $"hashes[{i}]" };
            }

            wanted.Add(target.Value.Hash);
        }

        return await _db.ExecuteAsync<SuppressionBulkResult>(async ct =>
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var chunk in wanted.Chunk(500))
            {
                present.UnionWith(await _db.Set<SuppressionEntry>().AsNoTracking()
                    .Where(s => s.Channel == channel && chunk.Contains(s.AddressHash))
                    .Select(s => s.AddressHash).ToListAsync(ct).ConfigureAwait(false));
            }

            var added = 0;
            foreach (var hash in wanted.Where(h => !present.Contains(h)))
            {
                _db.Set<SuppressionEntry>().Add(NewEntry(actor, channel, new SuppressionTarget(hash, null), reason, note));
                added++;
            }

            await _audit.RecordAsync(actor, Entity, $"{channel}:bulk", "AddBulk", null, "Suppressed", $"{added} hashes", ct).ConfigureAwait(false);
            return new SuppressionBulkResult(added, wanted.Count - added);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Removes an entry: the same as <see cref="LiftAsync"/> (the mail engine's list follows), returning the removed
    /// entry. Errors: <c>suppression.not_found</c>, <c>suppression.lift.reason_required</c>,
    /// <c>suppression.lift.consent_required</c>.
    /// </summary>
    public async Task<Result<SuppressionView>> RemoveAsync(Actor actor, long id, string? reason, CancellationToken cancellationToken = default)
    {
        var entry = await _db.Set<SuppressionEntry>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        var lifted = await LiftAsync(actor, id, reason, cancellationToken).ConfigureAwait(false);
        return !lifted.IsSuccess ? lifted.Error : entry is null ? SuppressionErrors.NotFound : SuppressionView.From(entry);
    }

    private static DomainError? ValidateCommon(DeliveryChannel channel, SuppressionReason reason, string? note)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel.");
        }

        return !Enum.IsDefined(reason) ? SuppressionErrors.ReasonInvalid
            : note?.Length > AudienceLimits.ReasonMaxLength ? SuppressionErrors.NoteTooLong
            : null;
    }

    private SuppressionEntry NewEntry(
        Actor actor, DeliveryChannel channel, SuppressionTarget target, SuppressionReason reason, string? note,
        SuppressionSource source = SuppressionSource.Staff) => new()
    {
        Source = source,
        Channel = channel,
        AddressHash = target.Hash,
        Address = target.Address,
        Reason = reason,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        CreatedAt = _time.GetUtcNow(),
        CreatedBy = actor.ToString(),
    };

    private Task RecordAsync(Actor actor, SuppressionEntry entry, string evt, string? from, string to, CancellationToken ct, string? reason = null) =>
        _audit.RecordAsync(actor, Entity, $"{entry.Channel}:{entry.AddressHash}", evt, from, to, reason ?? entry.Reason.ToString(), ct);

    private Task<SuppressionEntry?> FindAsync(DeliveryChannel channel, string hash, CancellationToken ct) =>
        _db.Set<SuppressionEntry>().AsNoTracking().SingleOrDefaultAsync(s => s.Channel == channel && s.AddressHash == hash, ct);
}
