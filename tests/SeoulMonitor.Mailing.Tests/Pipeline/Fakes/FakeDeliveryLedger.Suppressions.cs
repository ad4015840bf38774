using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

/// <summary>One suppression entry and lifting one, over the in-memory set.</summary>
internal sealed partial class FakeDeliveryLedger
{
    public Task<SuppressionRecord?> GetSuppressionAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        var key = address.Trim().ToLowerInvariant();
        lock (_gate)
        {
            return Task.FromResult(_suppressed.TryGetValue(channel, out var set) && set.Contains(key)
                ? new SuppressionRecord(key, "suppressed", DateTimeOffset.UnixEpoch)
                : null);
        }
    }

    public Task<bool> UnsuppressAsync(DeliveryChannel channel, string address, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_suppressed.TryGetValue(channel, out var set) && set.Remove(address.Trim().ToLowerInvariant()));
        }
    }
}
