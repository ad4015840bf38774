using System.Collections.Concurrent;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>The suppressed addresses per channel, in memory: loaded from the ledger at start, added to on each 5xx.</summary>
internal sealed class SuppressionSet
{
    private readonly ConcurrentDictionary<(DeliveryChannel, string), byte> _addresses = new();

    public int Count => _addresses.Count;

    public static string Normalize(string address) => address.Trim().ToLowerInvariant();

    public bool Contains(DeliveryChannel channel, string address) => _addresses.ContainsKey((channel, Normalize(address)));

    public void Add(DeliveryChannel channel, string address) => _addresses.TryAdd((channel, Normalize(address)), 0);

    public bool Remove(DeliveryChannel channel, string address) => _addresses.TryRemove((channel, Normalize(address)), out _);

    public void AddRange(DeliveryChannel channel, IEnumerable<string> addresses)
    {
        foreach (var address in addresses)
        {
            Add(channel, address);
        }
    }
}
