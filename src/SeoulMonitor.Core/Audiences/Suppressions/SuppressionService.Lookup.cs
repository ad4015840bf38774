using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

public sealed partial class SuppressionService
{
    /// <summary>
    /// One address on one channel (normalised first): its entry, if any, and its lifts, newest first. Errors: the
    /// address rules (<c>subscriber.email.*</c>, <c>subscriber.mobile.*</c>).
    /// </summary>
    public async Task<Result<SuppressionAddressView>> GetByAddressAsync(
        DeliveryChannel channel, string? address, CancellationToken cancellationToken = default)
    {
        var target = SuppressionTarget.OfAddress(channel, address);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var (hash, normalised) = (target.Value.Hash, target.Value.Address!);
        var entry = await FindAsync(channel, hash, cancellationToken).ConfigureAwait(false);
        var lifts = await _db.Set<SuppressionLift>().AsNoTracking()
            .Where(l => l.Channel == channel && l.AddressHash == hash)
            .OrderByDescending(l => l.Id).Take(SuppressionLimits.LookupLifts).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SuppressionAddressView(
            channel, normalised, hash, entry is null ? null : SuppressionView.From(entry), lifts.ConvertAll(SuppressionLiftView.From));
    }
}
