using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Suppressions;

/// <summary>
/// The mail engine's suppression list as the sync sees it: the seam between the two stores (another database, which
/// can fail on its own), so that a failure of the second write can be injected in tests.
/// </summary>
internal interface IEngineSuppressions
{
    /// <summary>Lifts the address in the ledger and this node's gate; false when the ledger had no entry.</summary>
    Task<bool> LiftAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken);

    /// <summary>Brings this node's gate in line with the ledger for the address; true when it is suppressed.</summary>
    Task<bool> RefreshAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken);

    /// <summary>The ledger's entry for the address, or null.</summary>
    Task<SuppressionRecord?> GetAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken);

    /// <summary>A page of the ledger's list by address key.</summary>
    Task<IReadOnlyList<SuppressionRecord>> ListAsync(DeliveryChannel channel, string? afterKey, int limit, CancellationToken cancellationToken);
}
