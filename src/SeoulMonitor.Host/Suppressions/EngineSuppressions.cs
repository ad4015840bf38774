using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Suppressions;

/// <summary>The engine's list through its ledger and <see cref="SuppressionList"/> (which also keeps this node's in-memory gate).</summary>
internal sealed class EngineSuppressions(IDeliveryLedger ledger, SuppressionList list) : IEngineSuppressions
{
    public Task<bool> LiftAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken) =>
        list.RemoveAsync(channel, address, cancellationToken);

    public Task<bool> RefreshAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken) =>
        list.RefreshAsync(channel, address, cancellationToken);

    public Task<SuppressionRecord?> GetAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken) =>
        ledger.GetSuppressionAsync(channel, address, cancellationToken);

    public Task<IReadOnlyList<SuppressionRecord>> ListAsync(DeliveryChannel channel, string? afterKey, int limit, CancellationToken cancellationToken) =>
        ledger.ListSuppressionsAsync(channel, afterKey, limit, cancellationToken);
}
