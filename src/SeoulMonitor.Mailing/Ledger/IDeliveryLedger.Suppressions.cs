using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>One entry of the suppression list, and lifting one.</summary>
public partial interface IDeliveryLedger
{
    /// <summary>
    /// The channel's suppression entry for the address (matched by its normalised key, trimmed and lower-case), or
    /// <see langword="null"/>.
    /// </summary>
    Task<Bounces.SuppressionRecord?> GetSuppressionAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lifts the address's suppression on the channel (matched by its normalised key): the next campaign may reach it
    /// again. Idempotent: false when there was no entry (nothing written).
    /// </summary>
    Task<bool> UnsuppressAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default);
}
