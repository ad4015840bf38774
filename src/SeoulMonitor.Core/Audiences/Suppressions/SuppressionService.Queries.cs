using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

public sealed partial class SuppressionService
{
    /// <summary>
    /// A page of entries in id order after <paramref name="after"/> (keyset), optionally of one channel and matching
    /// <paramref name="search"/>: a 64-character hash, or an address (normalised for the channel, or for both channels
    /// when none is given) matched by its hash, so hash-only entries are found too. Error: <c>suppression.paging.invalid</c>.
    /// </summary>
    public async Task<Result<SuppressionPage>> ListAsync(
        DeliveryChannel? channel, string? search, long? after, int? limit, CancellationToken cancellationToken = default)
    {
        var take = limit ?? SuppressionLimits.DefaultPageSize;
        if (take is < 1 or > SuppressionLimits.MaxPageSize || after < 0)
        {
            return SuppressionErrors.PagingInvalid;
        }

        var query = _db.Set<SuppressionEntry>().AsNoTracking().Where(s => s.Id > (after ?? 0));
        if (channel is { } only)
        {
            query = query.Where(s => s.Channel == only);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var hashes = SearchHashes(channel, search);
            query = query.Where(s => hashes.Contains(s.AddressHash));
        }

        var rows = await query.OrderBy(s => s.Id).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SuppressionPage(rows.ConvertAll(SuppressionView.From), rows.Count == take ? rows[^1].Id : null);
    }

    /// <summary>Whether the address (normalised for the channel when it is valid) is suppressed on the channel.</summary>
    public Task<bool> IsSuppressedAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normalised = SuppressionTarget.Normalise(channel, address);
        var hash = AddressHash.Of(normalised.IsSuccess ? normalised.Value : address.Trim());
        return _db.Set<SuppressionEntry>().AnyAsync(s => s.Channel == channel && s.AddressHash == hash, cancellationToken);
    }

    private static List<string> SearchHashes(DeliveryChannel? channel, string search)
    {
        if (SuppressionTarget.OfHash(search) is { IsSuccess: true } hash)
        {
            return [hash.Value.Hash];
        }

        var hashes = new List<string> { AddressHash.Of(search.Trim()) };
        foreach (var candidate in channel is { } only ? [only] : new[] { DeliveryChannel.Email, DeliveryChannel.Sms })
        {
            if (SuppressionTarget.Normalise(candidate, search) is { IsSuccess: true } normalised)
            {
                hashes.Add(AddressHash.Of(normalised.Value));
            }
        }

        return hashes;
    }
}
