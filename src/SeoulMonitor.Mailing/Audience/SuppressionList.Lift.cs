using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Audience;

/// <summary>Lifting a suppression, and following a lift made on another node.</summary>
public sealed partial class SuppressionList
{
    /// <summary>
    /// Lifts the address's suppression on the channel: durably in the ledger, then in this node's in-memory set, so
    /// the next campaign reaches the address again. Idempotent: false when the ledger had no entry. Other nodes learn
    /// of it through <see cref="RefreshAsync"/>.
    /// </summary>
    public async Task<bool> RemoveAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var removed = await _ledger.UnsuppressAsync(channel, address, cancellationToken).ConfigureAwait(false);
        _set.Remove(channel, address);
        return removed;
    }

    /// <summary>
    /// Makes this node's in-memory set agree with the ledger for one address (after another node lifted or added it):
    /// returns whether the address is suppressed.
    /// </summary>
    public async Task<bool> RefreshAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (await _ledger.GetSuppressionAsync(channel, address, cancellationToken).ConfigureAwait(false) is null)
        {
            _set.Remove(channel, address);
            return false;
        }

        _set.Add(channel, address);
        return true;
    }
}
